package dev.linkedinoauth.fake.internal.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code a=1&b=2} decoding, shared by the HTTP plumbing and the public {@code RecordedRequest}. */
public final class Forms {
    private Forms() {
    }

    /** The first value of a field, or {@code null}. */
    public static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /**
     * Decodes {@code a=1&b=2} ({@code +} and {@code %20} both mean a space).
     *
     * @throws MalformedFormException for a malformed percent escape, naming (the start of) the bad part
     */
    public static Map<String, List<String>> decode(String encoded) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return result;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodePart(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decodePart(pair.substring(eq + 1));
            result.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decodePart(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedFormException("malformed percent-encoding in \"" + Html.truncate(text, 60) + "\"");
        }
    }

    /** A form or query that cannot be decoded. */
    public static final class MalformedFormException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MalformedFormException(String message) {
            super(message);
        }
    }
}
