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
        return requireUnexpired(require(store, clientId), clock);
    }

    static StoredToken requireUnexpired(StoredToken token, Clock clock) {
        if (token.isExpired(clock)) {
            throw new CliException.NotLoggedIn("the stored token expired " + WHEN.format(token.expiresAt())
                    + " (" + TimeText.relative(token.expiresAt(), clock.instant()) + "); run linkedin-oauth login");
        }
        return token;
    }

    /** A stored login chosen for a command: which app, its entry, and the server that issued the token. */
    record Chosen(TokenStore store, String clientId, StoredToken token, EndpointOptions.Target target) {
    }

    /**
     * The entry of {@code --client-id} / {@code $LINKEDIN_CLIENT_ID}, else the current one (the last login), and
     * the server that issued it. A server named by the options or the environment must be that one: a token is
     * never sent to another server (exit 2).
     *
     * @param endpoints null for a command that sends the token nowhere ({@code token})
     */
    static Chosen choose(Settings settings, ClientIdOption clientIdOption, EndpointOptions endpoints) {
        TokenStore store = TokenStores.open(settings);
        String clientId = clientIdOption.explicit(settings);
        if (clientId == null) {
            clientId = store.entries().last().orElseThrow(() -> new CliException.NotLoggedIn(
                    "not logged in: " + store.file() + " holds no token; run linkedin-oauth login"));
        }
        StoredToken token = require(store, clientId);
        EndpointOptions.Target asked = endpoints == null ? null : endpoints.explicit(settings);
        String issuer = token.server();
        if (asked != null && issuer != null && !EndpointOptions.key(asked).equals(issuer)) {
            throw new CliException.Config("the stored token of client id " + clientId + " was issued by "
                    + EndpointOptions.describe(issuer) + ", and a token is never sent to another server ("
                    + EndpointOptions.describe(EndpointOptions.key(asked)) + " was asked for by --base-url,"
                    + " --discovery-url or LINKEDIN_BASE_URL/LINKEDIN_DISCOVERY_URL); log in there first, or leave"
                    + " the option out");
        }
        EndpointOptions.Target target = asked != null ? asked
                : issuer != null ? EndpointOptions.fromKey(issuer) : new EndpointOptions.Target.Production();
        return new Chosen(store, clientId, token, target);
    }

    /** {@link #choose}, refusing an expired token (exit 3). */
    static Chosen chooseUnexpired(Settings settings, ClientIdOption clientIdOption, EndpointOptions endpoints,
                                  Clock clock) {
        Chosen chosen = choose(settings, clientIdOption, endpoints);
        requireUnexpired(chosen.token(), clock);
        return chosen;
    }

    /** Exit 3 when the token expires within {@code minValid} (null: no minimum). */
    static void requireValidFor(StoredToken token, java.time.Duration minValid, Clock clock) {
        if (minValid == null || token.expiresAt() == null) {
            return;
        }
        if (token.expiresAt().isBefore(clock.instant().plus(minValid))) {
            throw new CliException.NotLoggedIn("the stored token expires " + WHEN.format(token.expiresAt()) + " ("
                    + TimeText.relative(token.expiresAt(), clock.instant()) + "), within --min-valid; run linkedin-oauth login");
        }
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
