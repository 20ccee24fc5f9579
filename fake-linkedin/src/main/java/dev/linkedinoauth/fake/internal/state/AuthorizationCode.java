package dev.linkedinoauth.fake.internal.state;

import java.time.Duration;
import java.time.Instant;
import java.util.SortedSet;

/** An authorization code: 30 minutes, single use, bound to the app and the redirect URI it was issued for. */
public record AuthorizationCode(String value, String clientId, String redirectUri, String memberId, SortedSet<String> scopes,
                                Instant issuedAt, Instant authorizedAt, boolean used) {
    /** How long a code can be exchanged after it was issued. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    AuthorizationCode markUsed() {
        return new AuthorizationCode(value, clientId, redirectUri, memberId, scopes, issuedAt, authorizedAt, true);
    }
}
