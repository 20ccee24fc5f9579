package dev.linkedinoauth.core;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A token answer from LinkedIn, with absolute expiry times (computed from {@code expires_in} when it
 * arrived). {@code toString()} masks the tokens.
 *
 * <pre>{@code
 * AccessToken token = oauth.login().token();
 * if (token.isExpired(Clock.systemUTC())) { ... } else { use(token.value()); }
 * }</pre>
 *
 * @param value            the access token (send it as {@code Authorization: Bearer})
 * @param tokenType        usually {@code Bearer}; null when LinkedIn omitted it
 * @param expiresAt        when the access token expires; null when the answer had no {@code expires_in}
 * @param scopes           the granted scopes
 * @param refreshToken     null unless the app has programmatic refresh tokens
 * @param refreshExpiresAt null unless a refresh token came with {@code refresh_token_expires_in}
 * @param idToken          the OpenID id_token (a JWT) when {@code openid} was requested; else null
 */
public record AccessToken(String value, String tokenType, Instant expiresAt, List<String> scopes,
                          String refreshToken, Instant refreshExpiresAt, String idToken) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** True once the expiry has passed (a token without a known expiry is never reported expired). */
    public boolean isExpired(Clock clock) {
        return expiresAt != null && !clock.instant().isBefore(expiresAt);
    }

    public boolean hasRefreshToken() {
        return refreshToken != null;
    }

    /** The access token as {@code AQV…x9Q}, for showing to people. */
    public String masked() {
        return Masking.mask(value);
    }

    @Override
    public String toString() {
        return "AccessToken[value=" + Masking.mask(value) + ", tokenType=" + tokenType + ", expiresAt=" + expiresAt
                + ", scopes=" + scopes + ", refreshToken=" + (refreshToken == null ? "none" : Masking.mask(refreshToken))
                + ", refreshExpiresAt=" + refreshExpiresAt + ", idToken=" + (idToken == null ? "none" : "present") + "]";
    }
}
