package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;
import java.util.SortedSet;

/** A programmatic refresh token; its lifetime counts down from first issue and is never reset. */
public record RefreshGrant(String value, String clientId, String memberId, SortedSet<String> scopes, Instant authorizedAt,
                           Instant issuedAt, Instant expiresAt, boolean revoked) {
    RefreshGrant revoke() {
        return new RefreshGrant(value, clientId, memberId, scopes, authorizedAt, issuedAt, expiresAt, true);
    }

    public boolean usableAt(Instant now) {
        return !revoked && now.isBefore(expiresAt);
    }
}
