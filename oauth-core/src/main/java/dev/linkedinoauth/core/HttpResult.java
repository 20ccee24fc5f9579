package dev.linkedinoauth.core;

import java.util.Locale;
import java.util.Map;

/**
 * One HTTP answer, fully read: status, body text, media type (without parameters; may be null) and the
 * response headers (names in lower case, first value of each), for answers whose result is a header
 * such as the {@code x-restli-id} of a created post.
 */
record HttpResult(int status, String body, String mimeType, Map<String, String> headers) {

    HttpResult {
        headers = Map.copyOf(headers);
    }

    HttpResult(int status, String body, String mimeType) {
        this(status, body, mimeType, Map.of());
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** A response header by name, in any case; null when absent. */
    String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
