package dev.linkedinoauth.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link TokenStore} holds at one moment: one {@link StoredToken} per client id, in the file's order.
 * Immutable; {@link TokenStore#update} hands one to a function and writes the one it returns.
 *
 * <pre>{@code
 * store.update(entries -> entries.with(clientId, StoredToken.of(result)));
 * store.update(entries -> entries.without("old-client-id"));
 * }</pre>
 *
 * @param tokens the entries by client id (copied, unmodifiable)
 */
public record TokenEntries(Map<String, StoredToken> tokens) {

    public TokenEntries {
        Objects.requireNonNull(tokens, "tokens");
        Map<String, StoredToken> copy = new LinkedHashMap<>();
        tokens.forEach((clientId, token) -> copy.put(Objects.requireNonNull(clientId, "clientId"),
                Objects.requireNonNull(token, "token")));
        tokens = Collections.unmodifiableMap(copy);
    }

    /** No entries: a store without a file. */
    public static TokenEntries empty() {
        return new TokenEntries(Map.of());
    }

    /** The entry for a client id, if any. */
    public Optional<StoredToken> get(String clientId) {
        return Optional.ofNullable(tokens.get(clientId));
    }

    /** A copy in which the client id's entry is {@code token} (added at the end, or replaced in place). */
    public TokenEntries with(String clientId, StoredToken token) {
        Map<String, StoredToken> copy = new LinkedHashMap<>(tokens);
        copy.put(Objects.requireNonNull(clientId, "clientId"), Objects.requireNonNull(token, "token"));
        return new TokenEntries(copy);
    }

    /** A copy in which the client id's entry is {@code token} and comes last: the current one (see {@link #last}). */
    public TokenEntries withLast(String clientId, StoredToken token) {
        return without(clientId).with(clientId, token);
    }

    /** The client id of the last entry, the one logged in most recently; empty without entries. */
    public Optional<String> last() {
        String last = null;
        for (String clientId : tokens.keySet()) {
            last = clientId;
        }
        return Optional.ofNullable(last);
    }

    /** A copy without the client id's entry (the same entries when there was none). */
    public TokenEntries without(String clientId) {
        if (!tokens.containsKey(clientId)) {
            return this;
        }
        Map<String, StoredToken> copy = new LinkedHashMap<>(tokens);
        copy.remove(clientId);
        return new TokenEntries(copy);
    }

    @Override
    public String toString() {
        return "TokenEntries" + tokens; // StoredToken.toString() masks the tokens
    }
}
