package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;
import java.util.SortedSet;

/**
 * An access token. {@code memberId} is {@code null} for 2-legged (client credentials) tokens.
 * {@code authType} is {@code 3L} or {@code 2L}, as LinkedIn's introspection reports it; {@code revokedAt}
 * is {@code null} until it is revoked.
 */
public record IssuedToken(String value, String clientId, String memberId, SortedSet<String> scopes, Instant createdAt,
                          Instant authorizedAt, Instant expiresAt, String authType, Instant revokedAt) {
    IssuedToken revoke(Instant now) {
        return new IssuedToken(value, clientId, memberId, scopes, createdAt, authorizedAt, expiresAt, authType, now);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** When it stopped working: revoked, or else expired; the fake forgets it some time after. */
    Instant endedAt() {
        return revokedAt != null && revokedAt.isBefore(expiresAt) ? revokedAt : expiresAt;
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** {@code active}, {@code expired} or {@code revoked}, as introspection reports it. */
    public String status(Instant now) {
        return revoked() ? "revoked" : expiredAt(now) ? "expired" : "active";
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
