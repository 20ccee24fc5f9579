package dev.linkedinoauth.core;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the {@link TokenStore}: what is worth keeping of a login. {@code toString()} masks the tokens.
 *
 * <pre>{@code
 * store.save(clientId, StoredToken.of(oauth.login()));
 * store.load(clientId).filter(t -> !t.isExpired(Clock.systemUTC())).map(StoredToken::accessToken);
 * }</pre>
 *
 * @param accessToken      the access token
 * @param expiresAt        its absolute expiry; may be null when unknown
 * @param scopes           granted scopes
 * @param refreshToken     may be null
 * @param refreshExpiresAt may be null
 * @param memberId         the member's {@code sub}; may be null (client-credentials tokens)
 * @param memberName       may be null
 */
public record StoredToken(String accessToken, Instant expiresAt, List<String> scopes, String refreshToken,
                          Instant refreshExpiresAt, String memberId, String memberName) {

    public StoredToken {
        Objects.requireNonNull(accessToken, "accessToken");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    public static StoredToken of(LoginResult login) {
        return of(login.token(), login.member());
    }

    /** {@code member} may be null. */
    public static StoredToken of(AccessToken token, Member member) {
        return new StoredToken(token.value(), token.expiresAt(), token.scopes(), token.refreshToken(),
                token.refreshExpiresAt(), member == null ? null : member.id(), member == null ? null : member.name());
    }

    /** A copy holding a refreshed token, keeping the member (and the old refresh token if none came back). */
    public StoredToken withToken(AccessToken token) {
        return new StoredToken(token.value(), token.expiresAt(), token.scopes(),
                token.refreshToken() != null ? token.refreshToken() : refreshToken,
                token.refreshToken() != null ? token.refreshExpiresAt() : refreshExpiresAt, memberId, memberName);
    }

    public boolean isExpired(Clock clock) {
        return expiresAt != null && !clock.instant().isBefore(expiresAt);
    }

    /** {@code urn:li:person:{memberId}}, or null without a member. */
    public String personUrn() {
        return memberId == null ? null : "urn:li:person:" + memberId;
    }

    @Override
    public String toString() {
        return "StoredToken[accessToken=" + Masking.mask(accessToken) + ", expiresAt=" + expiresAt + ", scopes=" + scopes
                + ", refreshToken=" + (refreshToken == null ? "none" : Masking.mask(refreshToken))
                + ", refreshExpiresAt=" + refreshExpiresAt + ", memberId=" + memberId + ", memberName=" + memberName + "]";
    }
}
