package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.api.Avatars;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.AuthorizationCode;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.state.RefreshGrant;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SortedSet;

/** Issues access tokens, refresh tokens and id_tokens with LinkedIn's lifetimes, and shapes the token response. */
final class TokenIssuer {
    /** LinkedIn's observed {@code expires_in}: 60 days less a second. */
    static final long ACCESS_SECONDS = 5_183_999L;
    /** About a year, counted from first issue. */
    static final long REFRESH_SECONDS = 31_536_000L;
    static final long CLIENT_CREDENTIALS_SECONDS = 1_800L;
    static final long ID_TOKEN_SECONDS = 3_600L;

    private final FakeContext context;

    TokenIssuer(FakeContext context) {
        this.context = context;
    }

    /** Exchanges a code: a 60-day token, a refresh token for refresh-enabled apps, an id_token with openid. */
    FakeResponse forCode(AuthorizationCode code, FakeApp app, String publicBaseUrl) {
        Instant now = context.now();
        IssuedToken token = access(app.clientId(), code.memberId(), code.scopes(), code.authorizedAt(), now);
        RefreshGrant refresh = null;
        if (app.refreshTokens()) {
            refresh = new RefreshGrant(context.tokens().refreshToken(), app.clientId(), code.memberId(), code.scopes(),
                    code.authorizedAt(), now, now.plusSeconds(REFRESH_SECONDS), null);
            context.state().putRefreshToken(refresh);
        }
        String idToken = null;
        if (code.scopes().contains("openid")) {
            FakeMember member = context.config().member(code.memberId()).orElseThrow();
            idToken = context.signingKey().sign(idTokenClaims(member, app.clientId(), code.scopes(), publicBaseUrl, now));
        }
        return success(token, refresh, idToken, now);
    }

    /** A new 60-day access token; the same refresh token, its remaining lifetime unchanged. */
    FakeResponse forRefresh(RefreshGrant refresh) {
        Instant now = context.now();
        IssuedToken token = access(refresh.clientId(), refresh.memberId(), refresh.scopes(), refresh.authorizedAt(), now);
        return success(token, refresh, null, now);
    }

    /** A 30-minute 2-legged token; {@code expires_in} is a string, as in LinkedIn's documentation sample. */
    FakeResponse forClientCredentials(FakeApp app) {
        Instant now = context.now();
        IssuedToken token = new IssuedToken(context.tokens().accessToken(), app.clientId(), null,
                new java.util.TreeSet<>(), now, now, now.plusSeconds(CLIENT_CREDENTIALS_SECONDS), "2L", null);
        context.state().putAccessToken(token);
        return tokenJson(Json.object().with("access_token", token.value())
                .with("expires_in", Long.toString(CLIENT_CREDENTIALS_SECONDS)));
    }

    /**
     * id_token claims in LinkedIn's order and types: {@code email_verified} is the string "true",
     * {@code locale} a string, no nonce, one hour of validity.
     */
    static Map<String, Object> idTokenClaims(FakeMember member, String clientId, SortedSet<String> scopes,
                                             String publicBaseUrl, Instant now) {
        long iat = now.getEpochSecond();
        Json.Obj claims = Json.object().with("iss", publicBaseUrl + "/oauth").with("aud", clientId)
                .with("iat", iat).with("exp", iat + ID_TOKEN_SECONDS).with("sub", member.id());
        if (scopes.contains("profile")) {
            claims.with("name", member.name()).with("given_name", member.givenName())
                    .with("family_name", member.familyName()).with("picture", Avatars.pictureUrl(member, publicBaseUrl));
        }
        if (scopes.contains("email")) {
            claims.with("email", member.email()).with("email_verified", "true");
        }
        return claims.with("locale", member.locale());
    }

    private IssuedToken access(String clientId, String memberId, SortedSet<String> scopes, Instant authorizedAt,
                               Instant now) {
        IssuedToken token = new IssuedToken(context.tokens().accessToken(), clientId, memberId, scopes, now,
                authorizedAt, now.plusSeconds(ACCESS_SECONDS), "3L", null);
        context.state().putAccessToken(token);
        return token;
    }

    private static FakeResponse success(IssuedToken token, RefreshGrant refresh, String idToken, Instant now) {
        Json.Obj body = Json.object().with("access_token", token.value()).with("expires_in", ACCESS_SECONDS);
        if (refresh != null) {
            body.with("refresh_token", refresh.value())
                    .with("refresh_token_expires_in", Math.max(0, Duration.between(now, refresh.expiresAt()).toSeconds()));
        }
        body.with("scope", Scopes.commaSorted(token.scopes())).with("token_type", "Bearer");
        body.withIfPresent("id_token", idToken);
        return tokenJson(body);
    }

    private static FakeResponse tokenJson(Map<String, Object> body) {
        return FakeResponse.json(200, body).withHeader("Cache-Control", "no-store").withHeader("Pragma", "no-cache");
    }
}
