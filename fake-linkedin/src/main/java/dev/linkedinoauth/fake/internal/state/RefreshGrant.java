package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;
import java.util.SortedSet;

/** A programmatic refresh token; its lifetime counts down from first issue and is never reset; {@code revokedAt} is {@code null} until revoked. */
public record RefreshGrant(String value, String clientId, String memberId, SortedSet<String> scopes, Instant authorizedAt,
                           Instant issuedAt, Instant expiresAt, Instant revokedAt) {
    RefreshGrant revoke(Instant now) {
        return new RefreshGrant(value, clientId, memberId, scopes, authorizedAt, issuedAt, expiresAt, now);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    /** When it stopped working: revoked, or else expired; the fake forgets it some time after. */
    Instant endedAt() {
        return revokedAt != null && revokedAt.isBefore(expiresAt) ? revokedAt : expiresAt;
    }

    public boolean usableAt(Instant now) {
        return !revoked() && now.isBefore(expiresAt);
    }
}
