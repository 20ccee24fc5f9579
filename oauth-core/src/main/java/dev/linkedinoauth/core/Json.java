package dev.linkedinoauth.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Lenient reading of LinkedIn's JSON: numbers that arrive as strings, comma- or space-separated scopes. */
final class Json {
    /** Configured once, never changed afterwards; ObjectMapper is thread-safe in that state. */
    static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private Json() {
    }

    /** Parses an object; null when the text is not a JSON object. */
    static JsonNode objectOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = MAPPER.readTree(text);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.isEmpty() ? null : s;
    }

    /** A number, or a string holding one ({@code "1800"}); null when absent or not numeric. */
    static Long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asLong();
        }
        if (v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** true/false, or the strings "true"/"false" (LinkedIn's id_token sends {@code "email_verified":"true"}). */
    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isTextual() && ("true".equalsIgnoreCase(v.asText()) || "false".equalsIgnoreCase(v.asText()))) {
            return Boolean.parseBoolean(v.asText());
        }
        return null;
    }

    /** Scope strings: LinkedIn documents spaces and sends commas; accept both (and a JSON array). */
    static List<String> scopes(JsonNode node, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
            return out;
        }
        return splitScopes(v.asText());
    }

    static List<String> splitScopes(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String s : text.split("[,\\s]+")) {
            if (!s.isBlank() && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    static Instant epochSeconds(Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }
}
