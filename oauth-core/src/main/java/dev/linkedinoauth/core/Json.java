package dev.linkedinoauth.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.core.internal.JsonTrees;
import java.io.IOException;

/** Lenient reading of LinkedIn's JSON: numbers that arrive as strings, comma- or space-separated scopes. */
final class Json {
    private Json() {
    }

    /**
     * Parses an object; null when the text is not a JSON object. With the streaming parser, not databind's
     * mapper (~80 ms on its first use in a fresh JVM): see {@link JsonTrees}.
     */
    static JsonNode objectOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JsonTrees.read(text);
            return node.isObject() ? node : null;
        } catch (IOException e) {
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

    /**
     * A number, or a string holding one ({@code "1800"}); null when absent or not numeric. Whole numbers
     * out of {@code long}'s range (and {@code 1e300}) saturate at its ends; fractions are cut off.
     */
    static Long number(JsonNode node, String field) {
        try {
            return integer(node, field);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A count of seconds: a whole number or a string holding one; null when absent. Values beyond
     * {@code long}'s range saturate at {@link Long#MAX_VALUE}.
     *
     * @throws IllegalArgumentException naming the field when it is negative or not a number
     */
    static Long seconds(JsonNode node, String field) {
        Long value = integer(node, field);
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " is negative (" + value + ")");
        }
        return value;
    }

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    /** Longer numbers than this are not numbers anyone sends; they are not parsed (BigDecimal is quadratic). */
    private static final int MAX_NUMBER_TEXT = 64;

    private static Long integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        BigDecimal d;
        if (v.isNumber()) {
            double x = v.doubleValue();
            if (Double.isInfinite(x)) { // 1e999999999 reads as a double: infinity
                return x > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
            }
            if (Double.isNaN(x)) {
                throw notANumber(field, v);
            }
            d = v.decimalValue();
        } else if (v.isTextual() && v.asText().strip().length() <= MAX_NUMBER_TEXT) {
            try {
                d = new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                throw notANumber(field, v);
            }
        } else {
            throw notANumber(field, v);
        }
        // compareTo looks at the exponent first, so even 1e999999999 is compared without being expanded.
        if (d.compareTo(LONG_MAX) > 0) {
            return Long.MAX_VALUE;
        }
        if (d.compareTo(LONG_MIN) < 0) {
            return Long.MIN_VALUE;
        }
        return d.longValue();
    }

    private static IllegalArgumentException notANumber(String field, JsonNode v) {
        String shown = v.isTextual() ? "\"" + v.asText() + "\"" : v.getNodeType().toString().toLowerCase(Locale.ROOT);
        if (shown.length() > 40) {
            shown = shown.substring(0, 37) + "...";
        }
        return new IllegalArgumentException(field + " is not a number (" + LinkedInException.oneLine(shown) + ")");
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

    /**
     * The latest instant an answer may set; later ones saturate here. It keeps the ISO form (four-digit
     * year) that the token file and every date printer handle, where {@link Instant#MAX} would not.
     */
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /** Seconds since 1970 as an instant, saturated to [1970, {@link #LATEST}]; null stays null. */
    static Instant epochSeconds(Long seconds) {
        if (seconds == null) {
            return null;
        }
        return Instant.ofEpochSecond(Math.max(0, Math.min(seconds, LATEST.getEpochSecond())));
    }

    /** {@code now + seconds}, saturated at {@link #LATEST} ({@code expires_in} of 9223372036854775807). */
    static Instant plusSeconds(Instant now, long seconds) {
        long room = LATEST.getEpochSecond() - now.getEpochSecond();
        return seconds >= room ? LATEST : now.plusSeconds(seconds);
    }
}
