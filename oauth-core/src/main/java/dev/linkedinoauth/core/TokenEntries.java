package dev.linkedinoauth.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TokenStore} holds at one moment: one {@link StoredToken} per app and server, in the file's order,
 * the last one being the current login. Immutable; {@link TokenStore#update} hands one to a function and writes
 * the one it returns.
 *
 * <p>An entry is named by its {@linkplain #key key}: the client id alone for a token of production LinkedIn (or
 * of a server not recorded, as files of the first format have them), else the client id and the
 * {@linkplain StoredToken#server() server}, so that one app logged in to two servers (production and a fake, two
 * fakes) keeps both tokens side by side.
 *
 * <pre>{@code
 * store.update(entries -> entries.withLast(clientId, StoredToken.of(result)));
 * store.update(entries -> entries.without("old-client-id"));
 * }</pre>
 *
 * @param tokens the entries by {@linkplain #key key} (copied, unmodifiable)
 */
public record TokenEntries(Map<String, StoredToken> tokens) {

    private static final String PRODUCTION = "production";

    public TokenEntries {
        Objects.requireNonNull(tokens, "tokens");
        Map<String, StoredToken> copy = new LinkedHashMap<>();
        tokens.forEach((key, token) -> copy.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(token, "token")));
        tokens = Collections.unmodifiableMap(copy);
    }

    /** No entries: a store without a file. */
    public static TokenEntries empty() {
        return new TokenEntries(Map.of());
    }

    /**
     * The key of an app's entry for a server: {@code clientId} for production or an unrecorded server (null),
     * else {@code "clientId server"} (LinkedIn's client ids have no spaces).
     */
    public static String key(String clientId, String server) {
        Objects.requireNonNull(clientId, "clientId");
        return server == null || server.equals(PRODUCTION) ? clientId : clientId + " " + server;
    }

    /** The client id part of a {@linkplain #key key}. */
    public static String clientIdOf(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** The most recent entry of a client id (of any server), if any. */
    public Optional<StoredToken> get(String clientId) {
        StoredToken found = null;
        for (Map.Entry<String, StoredToken> e : tokens.entrySet()) {
            if (clientIdOf(e.getKey()).equals(clientId)) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The entry of a client id for a server ({@code production}, a base URL, ...; null: unrecorded), if any. */
    public Optional<StoredToken> get(String clientId, String server) {
        return Optional.ofNullable(tokens.get(key(clientId, server)));
    }

    /**
     * A copy in which the client id's entry for {@code token}'s server is {@code token} (added at the end, or
     * replaced in place).
     */
    public TokenEntries with(String clientId, StoredToken token) {
        Objects.requireNonNull(token, "token");
        Map<String, StoredToken> copy = new LinkedHashMap<>(tokens);
        copy.put(key(clientId, token.server()), token);
        return new TokenEntries(copy);
    }

    /** {@link #with}, the entry coming last: the current one (see {@link #last}). */
    public TokenEntries withLast(String clientId, StoredToken token) {
        return without(clientId, token.server()).with(clientId, token);
    }

    /** The client id of the last entry, the one logged in most recently; empty without entries. */
    public Optional<String> last() {
        return lastKey().map(TokenEntries::clientIdOf);
    }

    /** The {@linkplain #key key} of the last entry, the current one; empty without entries. */
    public Optional<String> lastKey() {
        String last = null;
        for (String key : tokens.keySet()) {
            last = key;
        }
        return Optional.ofNullable(last);
    }

    /** The last entry, the current one; empty without entries. */
    public Optional<StoredToken> current() {
        return lastKey().map(tokens::get);
    }

    /** A copy without any entry of the client id, whatever its server (the same entries when there was none). */
    public TokenEntries without(String clientId) {
        Map<String, StoredToken> copy = new LinkedHashMap<>(tokens);
        copy.keySet().removeIf(key -> clientIdOf(key).equals(clientId));
        return copy.size() == tokens.size() ? this : new TokenEntries(copy);
    }

    /** A copy without the client id's entry for a server (the same entries when there was none). */
    public TokenEntries without(String clientId, String server) {
        String key = key(clientId, server);
        if (!tokens.containsKey(key)) {
            return this;
        }
        Map<String, StoredToken> copy = new LinkedHashMap<>(tokens);
        copy.remove(key);
        return new TokenEntries(copy);
    }

    @Override
    public String toString() {
        return "TokenEntries" + tokens; // StoredToken.toString() masks the tokens
    }
}
