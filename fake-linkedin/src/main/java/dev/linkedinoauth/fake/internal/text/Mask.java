package dev.linkedinoauth.fake.internal.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Masks secrets wherever the fake shows a request or a token as text (the dashboard, the admin JSON,
 * verification failures): {@code AQV…x9Q}, the first three and the last three characters. Every place
 * a secret can travel has one function here: a query string ({@link #query}), a form body
 * ({@link #form}, even with a malformed escape), a JSON body ({@link #json}), any other text
 * ({@link #text}), headers ({@link #headers}). None of them throws, whatever the input.
 */
public final class Mask {
    /** Form and query fields whose values are credentials, codes or tokens. */
    private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "code", "refresh_token", "token",
            "access_token", "oauth2_access_token", "code_verifier", "id_token", "password");

    private Mask() {
    }

    /** {@code AQV…x9Q}; a value too short to keep six characters of becomes {@code …}. */
    public static String token(String value) {
        if (value == null) {
            return null;
        }
        return value.length() <= 12 ? "…" : value.substring(0, 3) + "…" + value.substring(value.length() - 3);
    }

    static boolean isSecretField(String name) {
        return SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT).trim());
    }

    /** A form or query value as it may be shown. */
    public static String field(String name, String value) {
        return isSecretField(name) ? token(value) : value;
    }

    /** A header value as it may be shown: the credentials of {@code Authorization} and all of {@code Cookie} masked. */
    public static String header(String name, String value) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("authorization") || lower.equals("proxy-authorization")) {
            int space = value.indexOf(' ');
            return space < 0 ? token(value) : value.substring(0, space) + " " + token(value.substring(space + 1).trim());
        }
        if (lower.equals("cookie") || lower.equals("set-cookie")) {
            return "…";
        }
        if (lower.contains("secret") || lower.contains("token") || lower.contains("api-key") || lower.contains("apikey")
                || lower.contains("password")) {
            return token(value);
        }
        return text(value);
    }

    /** Headers (case-insensitive names) with {@code Authorization} credentials and cookies masked, for display. */
    public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> masked = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> masked.put(name, values.stream().map(v -> header(name, v)).toList()));
        return masked;
    }

    /** Form (or query) fields with secret values masked, for display. */
    public static Map<String, List<String>> fields(Map<String, List<String>> fields) {
        Map<String, List<String>> masked = new LinkedHashMap<>();
        fields.forEach((name, values) -> masked.put(name, values.stream().map(v -> field(name, v)).toList()));
        return masked;
    }

    /**
     * A raw (still encoded) query string or form body with the values of secret fields masked, kept
     * encoded otherwise: {@code code=AQ3…eOI&state=x}. A pair that cannot be decoded is judged by its
     * name as far as it can be read, so {@code client_secret=S&x=%zz} still hides {@code S}.
     */
    public static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return raw == null ? "" : raw;
        }
        StringJoiner masked = new StringJoiner("&");
        for (String pair : raw.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                masked.add(isSecretField(lenientDecode(pair)) ? "…" : pair);
            } else {
                String name = pair.substring(0, eq);
                masked.add(name + "=" + (isSecretField(lenientDecode(name)) ? token(pair.substring(eq + 1)) : pair.substring(eq + 1)));
            }
        }
        return masked.toString();
    }

    /** The fields of a form body (or query), decoded leniently (a bad escape stays as written), secrets masked. */
    public static Map<String, List<String>> form(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return fields;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = lenientDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : lenientDecode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(field(name, value));
        }
        return fields;
    }

    /**
     * A copy of a JSON value with the string (or number) values of secret keys masked, at any depth.
     * Iterative, so that no nesting depth can exhaust the stack.
     */
    public static JsonNode json(JsonNode value) {
        JsonNode copy = value.deepCopy();
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.push(copy);
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node instanceof ObjectNode object) {
                List<String> names = new java.util.ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                for (String name : names) {
                    JsonNode child = object.get(name);
                    if (isSecretField(name) && child.isValueNode() && !child.isNull()) {
                        object.put(name, token(child.asText()));
                    } else if (child.isContainerNode()) {
                        todo.push(child);
                    }
                }
            } else if (node instanceof ArrayNode array) {
                array.forEach(child -> {
                    if (child.isContainerNode()) {
                        todo.push(child);
                    }
                });
            }
        }
        return copy;
    }

    /**
     * Any text (a body that is neither a form nor readable JSON, a header) with what looks like a secret
     * masked: {@code "client_secret":"…"} and {@code client_secret=…}. One pass; a text no parser can
     * read is still masked.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (SECRET_FIELDS.stream().noneMatch(lower::contains)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        int n = value.length();
        while (i < n) {
            int nameEnd = secretNameAt(lower, i);
            if (nameEnd < 0) {
                out.append(value.charAt(i++));
                continue;
            }
            int j = nameEnd;
            boolean quotedName = j < n && value.charAt(j) == '"';
            if (quotedName) {
                j++;
            }
            while (j < n && Character.isWhitespace(value.charAt(j))) {
                j++;
            }
            if (j >= n || (value.charAt(j) != ':' && value.charAt(j) != '=')) {
                out.append(value, i, nameEnd);
                i = nameEnd;
                continue;
            }
            char separator = value.charAt(j++);
            while (j < n && Character.isWhitespace(value.charAt(j))) {
                j++;
            }
            int valueStart = j;
            int valueEnd;
            if (j < n && value.charAt(j) == '"') {
                valueStart = j + 1;
                valueEnd = valueStart;
                while (valueEnd < n && value.charAt(valueEnd) != '"') {
                    valueEnd += value.charAt(valueEnd) == '\\' ? 2 : 1;
                }
                valueEnd = Math.min(valueEnd, n);
            } else {
                valueEnd = j;
                while (valueEnd < n && !isValueEnd(value.charAt(valueEnd), separator)) {
                    valueEnd++;
                }
            }
            out.append(value, i, valueStart).append(token(value.substring(valueStart, valueEnd)));
            i = valueEnd;
        }
        return out.toString();
    }

    /** The end of a secret field name starting at {@code i} (on a word boundary), or -1. */
    private static int secretNameAt(String lower, int i) {
        if (i > 0 && isNameCharacter(lower.charAt(i - 1))) {
            return -1;
        }
        for (String name : SECRET_FIELDS) {
            int end = i + name.length();
            if (lower.startsWith(name, i) && (end >= lower.length() || !isNameCharacter(lower.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    private static boolean isValueEnd(char c, char separator) {
        return c == '&' || c == ',' || c == '}' || c == ']' || c == ';' || Character.isWhitespace(c)
                || (separator == ':' && c == '"');
    }

    /** Percent-decoding that never throws: a malformed escape stays as written; {@code +} is a space. */
    public static String lenientDecode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
