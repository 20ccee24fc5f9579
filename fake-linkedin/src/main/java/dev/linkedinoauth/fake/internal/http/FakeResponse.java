package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One HTTP response as an immutable value: endpoints return it, the entry handler writes it. A value
 * (rather than writes to a socket) is what lets scripted outcomes replace it later.
 */
public record FakeResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    public static final String JSON_UTF8 = "application/json;charset=UTF-8";
    static final String RESTLI_ERROR = "x-restli-error-response";

    public FakeResponse {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public static FakeResponse json(int status, Object body) {
        return new FakeResponse(status, List.of(Map.entry("Content-Type", JSON_UTF8)), Json.bytes(body));
    }

    public static FakeResponse html(int status, String html) {
        return new FakeResponse(status, List.of(
                Map.entry("Content-Type", "text/html;charset=UTF-8"),
                Map.entry("Cache-Control", "no-store"),
                Map.entry("X-Frame-Options", "DENY"),
                Map.entry("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:")),
                html.getBytes(StandardCharsets.UTF_8));
    }

    public static FakeResponse redirect(String location) {
        return new FakeResponse(302, List.of(Map.entry("Location", location), Map.entry("Cache-Control", "no-store")), null);
    }

    public static FakeResponse empty(int status) {
        return new FakeResponse(status, List.of(), null);
    }

    public static FakeResponse of(int status, String contentType, byte[] body) {
        return new FakeResponse(status, List.of(Map.entry("Content-Type", contentType)), body);
    }

    public FakeResponse withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new FakeResponse(status, more, body);
    }

    String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** LinkedIn's "Bummer, something went wrong." page; the app never sees it (no redirect). */
    public static FakeResponse errorPage(int status, String message) {
        return html(status, Html.page("LinkedIn", """
                <main class="card" id="error">
                  <h1>Bummer, something went wrong.</h1>
                  <p id="error-message">%s</p>
                  <p class="muted">This page is served by fake-linkedin: the request never reached your application.</p>
                </main>""".formatted(Html.escape(message))));
    }
}
