package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenEntries;
import dev.linkedinoauth.core.TokenStore;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Picks the stored token a command uses, turning "none" and "expired" into exit code 3. */
final class StoredTokens {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StoredTokens() {
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
     * The entry a command uses: of {@code --client-id} / {@code $LINKEDIN_CLIENT_ID} (else of any app), for the
     * server named by the options or the environment (else the most recent such entry, the current one when
     * neither is given), and the server that issued it. A token is never sent to a server other than its issuer:
     * asking for a server that holds no entry of the app, while others do, is exit 2.
     */
    static Chosen choose(Settings settings, ClientIdOption clientIdOption, EndpointOptions endpoints) {
        TokenStore store = TokenStores.open(settings);
        TokenEntries entries = store.entries();
        String clientId = clientIdOption.explicit(settings);
        EndpointOptions.Target asked = endpoints.explicit(settings);
        String askedKey = asked == null ? null : EndpointOptions.key(asked);
        // The last match wins: the most recent. An entry of the first format did not record its server and
        // may be used for any, after one recorded for the asked server.
        String found = null;
        String unrecorded = null;
        for (Map.Entry<String, StoredToken> e : entries.tokens().entrySet()) {
            String server = e.getValue().server();
            if (clientId != null && !TokenEntries.clientIdOf(e.getKey()).equals(clientId)) {
                continue;
            }
            if (askedKey == null || askedKey.equals(server)) {
                found = e.getKey();
            } else if (server == null) {
                unrecorded = e.getKey();
            }
        }
        if (found == null) {
            found = unrecorded;
        }
        if (found == null) {
            throw notFound(store, entries, clientId, askedKey);
        }
        StoredToken token = entries.tokens().get(found);
        String issuer = token.server();
        EndpointOptions.Target target = asked != null ? asked
                : issuer != null ? EndpointOptions.fromKey(issuer) : new EndpointOptions.Target.Production();
        return new Chosen(store, TokenEntries.clientIdOf(found), token, target);
    }

    private static CliException notFound(TokenStore store, TokenEntries entries, String clientId, String askedKey) {
        List<String> issuers = new ArrayList<>();
        entries.tokens().forEach((key, token) -> {
            if (clientId == null || TokenEntries.clientIdOf(key).equals(clientId)) {
                issuers.add(EndpointOptions.describe(token.server()));
            }
        });
        String whose = clientId == null ? "" : " of client id " + clientId;
        if (issuers.isEmpty()) {
            return new CliException.NotLoggedIn("not logged in: " + store.file() + " holds no token" + whose
                    + "; run linkedin-oauth login");
        }
        return new CliException.Config("no stored token" + whose + " comes from " + EndpointOptions.describe(askedKey)
                + " (asked for by --base-url, --discovery-url or LINKEDIN_BASE_URL/LINKEDIN_DISCOVERY_URL): the stored"
                + (issuers.size() == 1 ? " one was" : " ones were") + " issued by " + String.join(", ", issuers)
                + ", and a token is never sent to another server; log in there first, or leave the option out");
    }

    /**
     * The app's entry for {@code server} if it has one, else its most recent one (null: none), for a command
     * that checks the server itself ({@code probe}). Here, not in the command: picocli reflects over a command's
     * methods, lambdas included, which would load oauth-core for {@code --help}.
     */
    static StoredToken entryFor(TokenStore store, String clientId, String server) {
        return (server == null ? java.util.Optional.<StoredToken>empty() : store.load(clientId, server))
                .or(() -> store.load(clientId)).orElse(null);
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
    static void forgetIfStill(TokenStore store, String clientId, StoredToken token) {
        store.update(entries -> entries.get(clientId, token.server())
                .filter(now -> now.accessToken().equals(token.accessToken()))
                .map(now -> entries.without(clientId, token.server()))
                .orElse(entries));
    }
}
