package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Masking;
import dev.linkedinoauth.core.internal.JsonTrees;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints a {@link TokenReport} to stdout: a short aligned table for people, or one JSON object with
 * snake_case keys for scripts ({@code access_token}, {@code expires_at}, {@code member_id}, ...).
 * With {@code reveal=false} the tokens are masked ({@code AQV…x9Q}) and JSON carries
 * {@code access_token_masked} instead of {@code access_token}, so a script cannot mistake one for the other.
 */
final class TokenPrinter {

    private static final DateTimeFormatter HUMAN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Instant now;
    private final boolean reveal;

    TokenPrinter(Instant now, boolean reveal) {
        this.now = now;
        this.reveal = reveal;
    }

    void human(PrintWriter out, TokenReport r) {
        // No "Signed in as" heading: login already said it on stderr, and the rows name the member.
        row(out, "member id", r.memberId());
        row(out, "person URN", r.personUrn());
        row(out, "name", r.name());
        row(out, "email", r.email());
        row(out, "access token", reveal ? r.accessToken() : Masking.mask(r.accessToken()));
        row(out, "expires", r.expiresAt() == null ? "unknown"
                : HUMAN_TIME.format(r.expiresAt()) + " (" + TimeText.relative(r.expiresAt(), now) + ")");
        row(out, "scope", String.join(" ", r.scopes()));
        if (r.refreshToken() != null) {
            row(out, "refresh token", (reveal ? r.refreshToken() : Masking.mask(r.refreshToken()))
                    + (r.refreshExpiresAt() == null ? ""
                    : ", expires " + HUMAN_TIME.format(r.refreshExpiresAt())
                    + " (" + TimeText.relative(r.refreshExpiresAt(), now) + ")"));
        }
        out.flush();
    }

    void json(PrintWriter out, TokenReport r) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (reveal) {
            json.put("access_token", r.accessToken());
        } else {
            json.put("access_token_masked", Masking.mask(r.accessToken()));
        }
        json.put("token_type", r.tokenType() == null ? "Bearer" : r.tokenType());
        if (r.expiresAt() != null) {
            json.put("expires_in", Math.max(0, Duration.between(now, r.expiresAt()).getSeconds()));
            json.put("expires_at", r.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString());
        }
        json.put("scope", r.scopes());
        json.put("member_id", r.memberId());
        json.put("person_urn", r.personUrn());
        json.put("name", r.name());
        json.put("email", r.email());
        if (r.idToken() != null && reveal) {
            json.put("id_token", r.idToken());
        }
        if (r.refreshToken() != null) {
            json.put(reveal ? "refresh_token" : "refresh_token_masked",
                    reveal ? r.refreshToken() : Masking.mask(r.refreshToken()));
            if (r.refreshExpiresAt() != null) {
                json.put("refresh_token_expires_at", r.refreshExpiresAt().truncatedTo(ChronoUnit.SECONDS).toString());
            }
        }
        out.println(toJson(json));
        out.flush();
    }

    /**
     * Maps, lists, strings, booleans and whole numbers as indented JSON: the text databind's mapper wrote with
     * INDENT_OUTPUT and NON_NULL, without its ~80 ms of start-up (see {@link JsonTrees}).
     */
    static String toJson(Object value) {
        try {
            return JsonTrees.pretty(tree(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode tree(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        } else if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            // Absent values are left out rather than printed as null: email without the email scope, etc.
            map.forEach((k, v) -> {
                if (v != null) {
                    object.set(String.valueOf(k), tree(v));
                }
            });
            return object;
        } else if (value instanceof Iterable<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(e -> array.add(tree(e)));
            return array;
        } else if (value instanceof String s) {
            return nodes.textNode(s);
        } else if (value instanceof Boolean b) {
            return nodes.booleanNode(b);
        } else if (value instanceof Integer i) {
            return nodes.numberNode(i.intValue());
        } else if (value instanceof Long l) {
            return nodes.numberNode(l.longValue());
        }
        throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
    }

    private static void row(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("  %-14s%s%n", label, value);
        }
    }
}
