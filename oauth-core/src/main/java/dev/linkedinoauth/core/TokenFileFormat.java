package dev.linkedinoauth.core;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.core.internal.JsonTrees;

/**
 * The JSON layout of the token file: {@code {"format": ..., "tokens": {key: {"client_id": ..., ...}}}}, keyed as
 * {@link TokenEntries#key}. Files of the first format keyed entries by client id and had no {@code client_id}
 * field: they read the same, and are written in this layout on the next save.
 */
final class TokenFileFormat {
    static final String FORMAT = "linkedin-oauth tokens v1";

    private TokenFileFormat() {
    }

    static TokenEntries parse(byte[] bytes) throws IOException {
        JsonNode root = JsonTrees.read(bytes);
        if (!root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode tokens = root.get("tokens");
        if (tokens == null || !tokens.isObject()) {
            throw new IllegalArgumentException("no \"tokens\" object");
        }
        Map<String, StoredToken> all = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : tokens.properties()) {
            JsonNode t = e.getValue();
            String access = t.isObject() ? Json.text(t, "access_token") : null;
            if (access == null) {
                throw new IllegalArgumentException("entry \"" + e.getKey() + "\" has no access_token");
            }
            String clientId = Json.text(t, "client_id");
            if (clientId == null) {
                clientId = TokenEntries.clientIdOf(e.getKey());
            }
            String server = Json.text(t, "server");
            all.put(TokenEntries.key(clientId, server), new StoredToken(access, instant(t, "expires_at"),
                    Json.splitScopes(Json.text(t, "scope")), Json.text(t, "refresh_token"),
                    instant(t, "refresh_token_expires_at"), Json.text(t, "member_id"), Json.text(t, "member_name"),
                    // Absent in files of the first format: read as unknown, written on the next save.
                    server, Json.text(t, "redirect_uri")));
        }
        return new TokenEntries(all);
    }

    static byte[] serialize(TokenEntries entries) throws JsonProcessingException {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        ObjectNode tokens = root.putObject("tokens");
        entries.tokens().forEach((key, t) -> {
            ObjectNode n = tokens.putObject(key);
            n.put("client_id", TokenEntries.clientIdOf(key));
            n.put("access_token", t.accessToken());
            n.put("expires_at", t.expiresAt() == null ? null : t.expiresAt().toString());
            n.put("scope", String.join(" ", t.scopes()));
            n.put("refresh_token", t.refreshToken());
            n.put("refresh_token_expires_at", t.refreshExpiresAt() == null ? null : t.refreshExpiresAt().toString());
            n.put("member_id", t.memberId());
            n.put("member_name", t.memberName());
            if (t.server() != null) {
                n.put("server", t.server());
            }
            if (t.redirectUri() != null) {
                n.put("redirect_uri", t.redirectUri());
            }
        });
        // Byte for byte what databind's mapper wrote with INDENT_OUTPUT: older versions read this file back.
        return JsonTrees.prettyBytes(root);
    }

    private static Instant instant(JsonNode node, String field) {
        String text = Json.text(node, field);
        return text == null ? null : Instant.parse(text);
    }
}
