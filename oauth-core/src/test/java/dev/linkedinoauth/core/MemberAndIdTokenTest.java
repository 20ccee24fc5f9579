package dev.linkedinoauth.core;

import static dev.linkedinoauth.core.TestSupport.CLIENT_ID;
import static dev.linkedinoauth.core.TestSupport.CLIENT_SECRET;
import static dev.linkedinoauth.core.TestSupport.MEMBER_ID;
import static dev.linkedinoauth.core.TestSupport.codeFromFake;
import static dev.linkedinoauth.core.TestSupport.fakeFor;
import static dev.linkedinoauth.core.TestSupport.freeCallback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.fake.FakeLinkedIn;

/** userinfo and id_token verification against the fake, including tampered and foreign tokens. */
@Timeout(30)
class MemberAndIdTokenTest {
    private final URI callback = freeCallback();
    private final LinkedInHttp http = TestSupport.quickHttp();
    private FakeLinkedIn fake;
    private LinkedInEndpoints endpoints;
    private AccessToken token;

    @BeforeEach
    void login() {
        fake = fakeFor(callback);
        endpoints = LinkedInEndpoints.forBaseUrl(fake.baseUrl());
        token = new TokenClient(http, endpoints, CLIENT_ID, Secret.of(CLIENT_SECRET))
                .exchangeCode(codeFromFake(fake, callback, AuthorizationRequest.DEFAULT_SCOPES), callback);
    }

    @AfterEach
    void stop() {
        http.close();
        fake.close();
    }

    private IdTokenVerifier verifier(Clock clock) {
        return new IdTokenVerifier(http, endpoints, CLIENT_ID, clock);
    }

    @Test
    void userinfoGivesTheMemberAndPersonUrn() {
        Member member = new MemberClient(http, endpoints).userinfo(token.value());
        assertThat(member).isEqualTo(new Member(MEMBER_ID, "Ada Example", "Ada", "Example", "ada@example.com",
                member.picture()));
        assertThat(member.personUrn()).isEqualTo("urn:li:person:AbC12dEf3G");
    }

    @Test
    void userinfoWithAnUnknownTokenIsTokenInvalid() {
        assertThatThrownBy(() -> new MemberClient(http, endpoints).userinfo("AQVnot-a-token-at-all"))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TOKEN_INVALID);
                    assertThat(e.status()).isEqualTo(401);
                });
    }

    @Test
    void linkedInsIdTokenWithItsQuirksVerifies() {
        String header = new String(Base64.getUrlDecoder().decode(token.idToken().split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).as("the fake reproduces LinkedIn's bogus zip header").contains("\"zip\":\"RS256\"");
        Member member = verifier(Clock.systemUTC()).verify(token.idToken());
        assertThat(member.id()).isEqualTo(MEMBER_ID);
        assertThat(member.name()).isEqualTo("Ada Example");
        assertThat(member.email()).isEqualTo("ada@example.com");
    }

    @Test
    void aTamperedPayloadIsRejected() {
        String[] parts = token.idToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(MEMBER_ID, "XyZ98wVu7T");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThatThrownBy(() -> verifier(Clock.systemUTC()).verify(tampered))
                .isInstanceOf(IdTokenException.class).hasMessageContaining("not valid");
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() throws Exception {
        RSAKey attacker = new RSAKeyGenerator(2048).keyID(SignedJWT.parse(token.idToken()).getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(attacker.getKeyID()).build(),
                SignedJWT.parse(token.idToken()).getJWTClaimsSet());
        forged.sign(new RSASSASigner(attacker));
        assertThatThrownBy(() -> verifier(Clock.systemUTC()).verify(forged.serialize()))
                .isInstanceOf(IdTokenException.class);
    }

    @Test
    void anExpiredTokenIsRejected() {
        Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);
        assertThatThrownBy(() -> verifier(twoHoursLater).verify(token.idToken()))
                .isInstanceOf(IdTokenException.class).hasMessageContaining("xpired");
    }

    @Test
    void anotherAudienceIsRejected() {
        IdTokenVerifier otherApp = new IdTokenVerifier(http, endpoints, "another-client", Clock.systemUTC());
        assertThatThrownBy(() -> otherApp.verify(token.idToken())).isInstanceOf(IdTokenException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void anotherIssuerIsRejected() {
        IdTokenVerifier oldIssuer = new IdTokenVerifier(http, endpoints.toBuilder().issuer("https://www.linkedin.com").build(), CLIENT_ID,
                Clock.systemUTC());
        assertThatThrownBy(() -> oldIssuer.verify(token.idToken())).isInstanceOf(IdTokenException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void aTokenWithoutTheIdTokenScopeHasNone() {
        AccessToken plain = new TokenClient(http, endpoints, CLIENT_ID, Secret.of(CLIENT_SECRET))
                .exchangeCode(codeFromFake(fake, callback, List.of("w_member_social")), callback);
        assertThat(plain.idToken()).isNull();
    }

    @Test
    void aSignedTokenFromANonRs256KeyIsRejectedEvenWithValidClaims() throws Exception {
        // Same claims, HS256 "signed" with a guessable secret: the verifier only accepts RS256 from the JWKS.
        JWTClaimsSet claims = SignedJWT.parse(token.idToken()).getJWTClaimsSet();
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hs.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
        assertThatThrownBy(() -> verifier(Clock.systemUTC()).verify(hs.serialize())).isInstanceOf(IdTokenException.class);
    }
}
