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

    /**
     * Removes the entry only while it still holds {@code accessToken}, under the store's lock: a login that
     * saved a new token meanwhile keeps it. (Here, not in the command, so that {@code --help} loads no core class.)
     */
    static void forgetIfStill(TokenStore store, String clientId, String accessToken) {
        store.update(entries -> entries.get(clientId)
                .filter(now -> now.accessToken().equals(accessToken))
                .map(now -> entries.without(clientId))
                .orElse(entries));
    }
}
