package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §10 rows discovery, JWKS, id_token and GET /v2/userinfo. */
@Timeout(30)
class OpenIdTest {
    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start();
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void discoveryHasExactlyLinkedInsFieldsOnTheFakesBase() {
        JsonNode doc = Http.json(Http.get(fake.url(LinkedInEndpoint.DISCOVERY)));
        String base = fake.baseUrl().toString();
        assertThat(doc.fieldNames()).toIterable().containsExactlyInAnyOrder("issuer", "authorization_endpoint",
                "token_endpoint", "userinfo_endpoint", "jwks_uri", "response_types_supported", "subject_types_supported",
                "id_token_signing_alg_values_supported", "scopes_supported", "claims_supported");
        assertThat(doc.get("issuer").asText()).isEqualTo(base + "/oauth");
        assertThat(doc.get("authorization_endpoint").asText()).isEqualTo(fake.url(LinkedInEndpoint.AUTHORIZATION).toString());
        assertThat(doc.get("token_endpoint").asText()).isEqualTo(fake.url(LinkedInEndpoint.TOKEN).toString());
        assertThat(doc.get("userinfo_endpoint").asText()).isEqualTo(fake.url(LinkedInEndpoint.USERINFO).toString());
        assertThat(doc.get("jwks_uri").asText()).isEqualTo(fake.url(LinkedInEndpoint.JWKS).toString());
        assertThat(doc.get("subject_types_supported").toString()).isEqualTo("[\"pairwise\"]");
        assertThat(doc.get("id_token_signing_alg_values_supported").toString()).isEqualTo("[\"RS256\"]");
    }

    @Test
    void aConfiguredPublicBaseUrlIsUsedForIssuerAndEndpoints() {
        try (FakeLinkedIn proxied = FakeLinkedIn.start(FakeConfig.builder().publicBaseUrl("https://fake.example.test/").build())) {
            JsonNode doc = Http.json(Http.get(proxied.url(LinkedInEndpoint.DISCOVERY)));
            assertThat(doc.get("issuer").asText()).isEqualTo("https://fake.example.test/oauth");
            assertThat(doc.get("token_endpoint").asText()).isEqualTo("https://fake.example.test/oauth/v2/accessToken");
            assertThat(proxied.issuer()).isEqualTo("https://fake.example.test/oauth");
            assertThat(proxied.baseUrl().toString()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void jwksHasOnePublicRs256KeyWithAKid() {
        JsonNode keys = Http.json(Http.get(fake.url(LinkedInEndpoint.JWKS))).get("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asText()).isEqualTo("RSA");
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        assertThat(key.get("kid").asText()).isNotBlank();
        assertThat(key.has("d")).as("no private part").isFalse();
        assertThat(key.has("p")).isFalse();
    }

    @Test
    void theKidIsTheSameInAnotherFake() {
        try (FakeLinkedIn other = FakeLinkedIn.start()) {
            assertThat(Http.get(other.url(LinkedInEndpoint.JWKS)).body()).isEqualTo(Http.get(fake.url(LinkedInEndpoint.JWKS)).body());
        }
    }

    @Test
    void idTokenHeaderIsLinkedInsIncludingTheZipQuirkAndOrder() throws Exception {
        String idToken = flow.tokenResponse(Flow.DEFAULT_SCOPES).get("id_token").asText();
        String header = new String(Base64.getUrlDecoder().decode(idToken.substring(0, idToken.indexOf('.'))), StandardCharsets.UTF_8);
        String kid = Http.json(Http.get(fake.url(LinkedInEndpoint.JWKS))).get("keys").get(0).get("kid").asText();
        assertThat(header).isEqualTo("{\"zip\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\",\"alg\":\"RS256\"}");
    }

    @Test
    void idTokenClaimsHaveLinkedInsTypesAndOneHourOfValidity() throws Exception {
        URI withNonce = URI.create(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "openid%20profile%20email", "s") + "&nonce=n0nce");
        String code = Http.locationQuery(Http.get(withNonce)).get("code");
        String idToken = Http.json(flow.exchange(code)).get("id_token").asText();
        JsonNode claims = Http.JSON.readTree(Base64.getUrlDecoder().decode(idToken.split("\\.")[1]));
        assertThat(claims.fieldNames()).toIterable().containsExactly("iss", "aud", "iat", "exp", "sub", "name",
                "given_name", "family_name", "picture", "email", "email_verified", "locale");
        assertThat(claims.get("aud").isTextual()).isTrue();
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(3600);
        assertThat(claims.get("email_verified").isTextual()).isTrue();
        assertThat(claims.get("email_verified").asText()).isEqualTo("true");
        assertThat(claims.get("locale").asText()).isEqualTo("en_US");
        assertThat(claims.get("sub").asText()).isEqualTo("AbC12dEf3G");
        assertThat(claims.has("nonce")).isFalse();
        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getIssuer()).isEqualTo(fake.issuer());
    }

    @Test
    void withoutEmailScopeTheIdTokenHasNoEmail() throws Exception {
        String idToken = flow.tokenResponse("openid profile").get("id_token").asText();
        assertThat(SignedJWT.parse(idToken).getJWTClaimsSet().getClaims()).doesNotContainKeys("email", "email_verified");
    }

    @Test
    void userinfoHasTheLocaleObjectAndBooleanEmailVerified() {
        JsonNode body = Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + flow.accessToken()));
        assertThat(body.fieldNames()).toIterable().containsExactly("sub", "email_verified", "name", "locale",
                "given_name", "family_name", "email", "picture");
        assertThat(body.get("locale").toString()).isEqualTo("{\"country\":\"US\",\"language\":\"en\"}");
        assertThat(body.get("email_verified").isBoolean()).isTrue();
        assertThat(body.get("name").asText()).isEqualTo("Ada Example");
        assertThat(body.get("email").asText()).isEqualTo("ada@example.com");
    }

    @Test
    void userinfoWithoutEmailScopeHasNoEmail() {
        JsonNode body = Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + flow.accessToken("openid profile")));
        assertThat(body.has("email")).isFalse();
        assertThat(body.has("email_verified")).isFalse();
    }

    @Test
    void userinfoWithoutProfileOrOpenidIsForbidden() {
        for (String scopes : new String[] {"openid", "profile w_member_social"}) {
            HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + flow.accessToken(scopes));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Http.json(response).get("code").asText()).isEqualTo("ACCESS_DENIED");
            assertThat(response.headers().firstValue("x-restli-error-response")).hasValue("true");
        }
    }

    @Test
    void thePictureIsAnAvatarServedByTheFakeItself() {
        JsonNode body = Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + flow.accessToken()));
        String picture = body.get("picture").asText();
        assertThat(picture).isEqualTo(fake.baseUrl() + "/__fake/avatars/AbC12dEf3G.svg");
        HttpResponse<String> avatar = Http.get(URI.create(picture));
        assertThat(avatar.statusCode()).isEqualTo(200);
        assertThat(avatar.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(avatar.body()).startsWith("<svg").contains(">AE</text>");
    }

    @Test
    void aConfiguredPictureIsServedAsIs() {
        FakeMember pictured = FakeMember.builder().picture("http://localhost:9/ada.png").build();
        try (FakeLinkedIn other = FakeLinkedIn.start(FakeConfig.builder().member(pictured).build())) {
            String token = new Flow(other).accessToken();
            assertThat(Http.json(Http.get(other.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token)).get("picture").asText())
                    .isEqualTo("http://localhost:9/ada.png");
        }
    }
}
