package dev.linkedinoauth.fake.internal.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Masks secrets wherever the fake shows a request or a token as text (the dashboard, the admin JSON,
 * verification failures): {@code AQV…x9Q}, the first three and the last three characters.
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
        return SECRET_FIELDS.contains(name.toLowerCase(Locale.ROOT));
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
        return value;
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
}
