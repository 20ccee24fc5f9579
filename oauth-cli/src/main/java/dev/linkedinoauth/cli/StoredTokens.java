package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;

/** Reads the stored token for a client id, turning "none" and "expired" into exit code 3. */
final class StoredTokens {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StoredTokens() {
    }

    static StoredToken require(TokenStore store, String clientId) {
        return store.load(clientId).orElseThrow(() -> new CliException.NotLoggedIn(
                "not logged in: no token for client id " + clientId + " in " + store.file()
                        + "; run linkedin-oauth login"));
    }

    static StoredToken requireUnexpired(TokenStore store, String clientId, Clock clock) {
        StoredToken token = require(store, clientId);
        if (token.isExpired(clock)) {
            throw new CliException.NotLoggedIn("the stored token expired " + WHEN.format(token.expiresAt())
                    + " (" + TimeText.relative(token.expiresAt(), clock.instant()) + "); run linkedin-oauth login");
        }
        return token;
    }
}
