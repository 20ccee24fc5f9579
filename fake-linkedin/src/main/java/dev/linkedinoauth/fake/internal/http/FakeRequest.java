package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.internal.text.Forms;
import dev.linkedinoauth.fake.model.FakeLinkedInException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request as the endpoints see it: fully read, immutable, independent of Jetty. Being a plain
 * value, it is also what a request journal would record.
 *
 * @param publicBaseUrl the base URL clients use for this fake (issuer, endpoints, avatars), no trailing slash
 */
public record FakeRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body,
                          String publicBaseUrl, Instant receivedAt) {

    public FakeRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.merge(name, List.copyOf(values), (a, b) -> {
            List<String> merged = new ArrayList<>(a);
            merged.addAll(b);
            return List.copyOf(merged);
        }));
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of a header, or {@code null}. Names are case-insensitive. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The decoded query parameters ({@code +} and {@code %20} both mean a space). */
    public Map<String, List<String>> query() {
        return decodeForm(rawQuery);
    }

    public String queryParam(String name) {
        return first(query(), name);
    }

    /** The form fields of an {@code application/x-www-form-urlencoded} body; empty for any other body. */
    public Map<String, List<String>> form() {
        String contentType = header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return decodeForm(bodyText());
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public static String first(Map<String, List<String>> params, String name) {
        return Forms.first(params, name);
    }

    /**
     * Decodes {@code a=1&b=2}. A malformed percent escape is the client's error, reported as a
     * {@link MalformedRequestException} so that it never becomes a 500.
     */
    public static Map<String, List<String>> decodeForm(String encoded) {
        try {
            return Forms.decode(encoded);
        } catch (Forms.MalformedFormException e) {
            throw new MalformedRequestException(e.getMessage());
        }
    }

    /** A request the fake cannot even parse; answered with 400 by the entry handler. */
    public static final class MalformedRequestException extends FakeLinkedInException {
        private static final long serialVersionUID = 1L;

        MalformedRequestException(String message) {
            super(message);
        }
    }
}
