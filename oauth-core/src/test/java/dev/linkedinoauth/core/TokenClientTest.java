package dev.linkedinoauth.core;

import static dev.linkedinoauth.core.TestSupport.CLIENT_ID;
import static dev.linkedinoauth.core.TestSupport.CLIENT_SECRET;
import static dev.linkedinoauth.core.TestSupport.codeFromFake;
import static dev.linkedinoauth.core.TestSupport.fakeFor;
import static dev.linkedinoauth.core.TestSupport.freeCallback;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.fake.FakeLinkedIn;

/** The token endpoints against the embedded fake. */
@Timeout(30)
class TokenClientTest {
    private static final List<String> SCOPES = AuthorizationRequest.DEFAULT_SCOPES;
    private final URI callback = freeCallback(); // only registered, never listened on
    private final LinkedInHttp http = TestSupport.quickHttp();
    private FakeLinkedIn fake;

    @AfterEach
    void stop() {
        http.close();
        if (fake != null) {
            fake.close();
        }
    }

    private TokenClient client(String secret) {
        return new TokenClient(http, LinkedInEndpoints.forBaseUrl(fake.baseUrl()), CLIENT_ID, Secret.of(secret));
    }

    @Test
    void aCodeIsExchangedForATokenWithAbsoluteExpiry() {
        fake = fakeFor(callback);
        Instant before = Instant.now();
        AccessToken token = client(CLIENT_SECRET).exchangeCode(codeFromFake(fake, callback, SCOPES), callback);
        assertThat(token.value()).isNotBlank();
        assertThat(token.tokenType()).isEqualTo("Bearer");
        assertThat(token.expiresAt()).isBetween(before.plusSeconds(5183999 - 5), Instant.now().plusSeconds(5184000));
        assertThat(token.scopes()).containsExactlyInAnyOrderElementsOf(SCOPES);
        assertThat(token.hasRefreshToken()).isFalse();
    }

    @Test
    void aCodeUsedTwiceIsAnInvalidGrant() {
        fake = fakeFor(callback);
        String code = codeFromFake(fake, callback, SCOPES);
        client(CLIENT_SECRET).exchangeCode(code, callback);
        assertThatThrownBy(() -> client(CLIENT_SECRET).exchangeCode(code, callback))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_GRANT);
                    assertThat(e.kind().needsNewLogin()).isTrue();
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.description()).contains("authorization code expired");
                });
    }

    @Test
    void anExpiredCodeIsAnInvalidGrant() {
        fake = fakeFor(callback);
        String code = codeFromFake(fake, callback, SCOPES);
        fake.clock().advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> client(CLIENT_SECRET).exchangeCode(code, callback))
                .isInstanceOfSatisfying(LinkedInApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(Kind.INVALID_GRANT));
    }

    @Test
    void anUnknownCodeIsAnInvalidGrant() {
        fake = fakeFor(callback);
        assertThatThrownBy(() -> client(CLIENT_SECRET).exchangeCode("AQTnot-a-real-code", callback))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_GRANT);
                    assertThat(e.status()).isEqualTo(401);
                });
    }

    @Test
    void aWrongSecretIsAnInvalidClientAndTheMessageHoldsNoSecret() {
        fake = fakeFor(callback);
        String code = codeFromFake(fake, callback, SCOPES);
        assertThatThrownBy(() -> client("not-the-secret").exchangeCode(code, callback))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_CLIENT);
                    assertThat(e.error()).isEqualTo("invalid_client");
                    assertThat(e.getMessage()).doesNotContain("not-the-secret").doesNotContain(code);
                });
    }

    @Test
    void aRefreshTokenGivesANewAccessTokenAndKeepsItsOwnExpiry() {
        fake = fakeFor(callback, app -> app.toBuilder().refreshTokens(true).build());
        AccessToken first = client(CLIENT_SECRET).exchangeCode(codeFromFake(fake, callback, SCOPES), callback);
        assertThat(first.refreshToken()).isNotNull();
        assertThat(first.refreshExpiresAt()).isAfter(Instant.now().plus(Duration.ofDays(300)));

        AccessToken refreshed = client(CLIENT_SECRET).refresh(first.refreshToken());
        assertThat(refreshed.value()).isNotEqualTo(first.value());
        assertThat(refreshed.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(59)));
        assertThat(refreshed.refreshExpiresAt()).isBeforeOrEqualTo(first.refreshExpiresAt().plusSeconds(2));
    }

    @Test
    void aBadRefreshTokenIsAnInvalidGrant() {
        fake = fakeFor(callback, app -> app.toBuilder().refreshTokens(true).build());
        assertThatThrownBy(() -> client(CLIENT_SECRET).refresh("AQXnot-a-refresh-token"))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_GRANT);
                    assertThat(e.description()).contains("refresh token is invalid");
                });
    }

    @Test
    void introspectionDescribesAnActiveToken() {
        fake = fakeFor(callback);
        AccessToken token = client(CLIENT_SECRET).exchangeCode(codeFromFake(fake, callback, SCOPES), callback);
        TokenIntrospection info = client(CLIENT_SECRET).introspect(token.value());
        assertThat(info.active()).isTrue();
        assertThat(info.status()).isEqualTo("active");
        assertThat(info.clientId()).isEqualTo(CLIENT_ID);
        assertThat(info.authType()).isEqualTo("3L");
        assertThat(info.scopes()).containsExactlyInAnyOrderElementsOf(SCOPES);
        assertThat(info.expiresAt()).isCloseTo(token.expiresAt(), within(Duration.ofSeconds(5)));
    }

    @Test
    void aRevokedTokenIsInactiveAndRefusedByTheApi() {
        fake = fakeFor(callback);
        AccessToken token = client(CLIENT_SECRET).exchangeCode(codeFromFake(fake, callback, SCOPES), callback);
        client(CLIENT_SECRET).revoke(token.value());

        TokenIntrospection info = client(CLIENT_SECRET).introspect(token.value());
        assertThat(info.active()).isFalse();
        assertThat(info.status()).isEqualTo("revoked");
        MemberClient members = new MemberClient(http, LinkedInEndpoints.forBaseUrl(fake.baseUrl()));
        assertThatThrownBy(() -> members.userinfo(token.value()))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.TOKEN_REVOKED);
                    assertThat(e.serviceErrorCode()).isEqualTo(65601);
                    assertThat(e.status()).isEqualTo(401);
                });
    }

    @Test
    void introspectionWithAWrongSecretIsAnInvalidClient() {
        fake = fakeFor(callback);
        assertThatThrownBy(() -> client("not-the-secret").introspect("AQVsomething"))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.kind()).isEqualTo(Kind.INVALID_CLIENT);
                });
    }

    @Test
    void clientCredentialsGiveAnAppTokenWhenTheAppIsEnabled() {
        fake = fakeFor(callback, app -> app.toBuilder().clientCredentials(true).build());
        AccessToken token = client(CLIENT_SECRET).clientCredentials();
        assertThat(token.value()).isNotBlank();
        assertThat(token.expiresAt()).isBefore(Instant.now().plus(Duration.ofHours(1)));
    }

    @Test
    void clientCredentialsAreAccessDeniedForOrdinaryApps() {
        fake = fakeFor(callback);
        assertThatThrownBy(() -> client(CLIENT_SECRET).clientCredentials())
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
                    assertThat(e.error()).isEqualTo("access_denied");
                });
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration d) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(d.toMillis(), java.time.temporal.ChronoUnit.MILLIS);
    }
}
