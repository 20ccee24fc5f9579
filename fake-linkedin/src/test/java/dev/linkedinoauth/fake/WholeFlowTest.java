package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WholeFlowTest {

    @Test
    void authorizeTokenUserinfoPostCompletesAndIdTokenVerifiesAgainstJwks() throws Exception {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            Flow flow = new Flow(fake);
            HttpResponse<String> authorize = flow.authorize(Flow.DEFAULT_SCOPES);
            assertThat(authorize.statusCode()).isEqualTo(302);
            Map<String, String> callback = Http.locationQuery(authorize);
            assertThat(authorize.headers().firstValue("Location").orElseThrow()).startsWith(Flow.REDIRECT + "?code=AQ");
            assertThat(callback).containsEntry("state", "st4te");

            HttpResponse<String> tokenResponse = flow.exchange(callback.get("code"));
            assertThat(tokenResponse.statusCode()).isEqualTo(200);
            JsonNode token = Http.json(tokenResponse);
            assertThat(token.get("scope").asText()).isEqualTo("email,openid,profile,w_member_social");

            SignedJWT idToken = SignedJWT.parse(token.get("id_token").asText());
            JWKSet jwks = JWKSet.parse(Http.get(fake.url(LinkedInEndpoint.JWKS)).body());
            RSAKey key = (RSAKey) jwks.getKeyByKeyId(idToken.getHeader().getKeyID());
            JWSVerifier verifier = new RSASSAVerifier(key);
            assertThat(idToken.verify(verifier)).isTrue();
            assertThat(idToken.getJWTClaimsSet().getIssuer()).isEqualTo(fake.baseUrl() + "/oauth");
            assertThat(idToken.getJWTClaimsSet().getAudience()).containsExactly(Flow.CLIENT_ID);
            assertThat(idToken.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());

            String accessToken = token.get("access_token").asText();
            JsonNode userinfo = Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + accessToken));
            assertThat(userinfo.get("sub").asText()).isEqualTo(idToken.getJWTClaimsSet().getSubject());

            String post = """
                    {"author":"urn:li:person:%s","commentary":"Hello LinkedIn API :-)","visibility":"PUBLIC",
                     "distribution":{"feedDistribution":"MAIN_FEED","targetEntities":[],"thirdPartyDistributionChannels":[]},
                     "lifecycleState":"PUBLISHED","isReshareDisabledByAuthor":false}""".formatted(userinfo.get("sub").asText());
            HttpResponse<String> created = Http.postJson(fake.url(LinkedInEndpoint.POSTS), post, "Authorization", "Bearer " + accessToken,
                    "LinkedIn-Version", Versions.current(), "X-Restli-Protocol-Version", "2.0.0");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(created.body()).isEmpty();
            assertThat(created.headers().firstValue("x-restli-id").orElseThrow()).matches("urn:li:share:\\d{19}");
            assertThat(fake.state().posts()).singleElement()
                    .satisfies(p -> assertThat(p.commentary()).isEqualTo("Hello LinkedIn API :-)"));
        }
    }
}
