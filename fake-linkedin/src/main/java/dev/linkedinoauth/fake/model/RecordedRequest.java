package dev.linkedinoauth.fake.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.linkedinoauth.fake.internal.text.Forms;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.internal.text.Mask;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request the fake received, as the journal keeps it. Values are kept as sent, secrets included, so
 * that a test can check them; {@link #toString()} masks secrets ({@code AQV…x9Q}).
 *
 * <pre>{@code
 * RecordedRequest exchange = fake.takeRequest();
 * assertThat(exchange.formField("grant_type")).isEqualTo("authorization_code");
 * }</pre>
 *
 * @param query      the raw (still encoded) query string, {@code ""} when there is none
 * @param headers    case-insensitive names, values in the order sent
 * @param body       the body as UTF-8 text, {@code ""} when empty
 * @param endpoint   the LinkedIn endpoint of the path, {@link LinkedInEndpoint#OTHER} for unknown paths
 * @param status     the status the fake answered with; {@code 0} when it closed the connection instead
 * @param receivedAt when it arrived, on the fake's clock
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body,
                              LinkedInEndpoint endpoint, int status, Instant receivedAt) {

    public RecordedRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = Collections.unmodifiableMap(copy);
        query = query == null ? "" : query;
        body = body == null ? "" : body;
    }

    /** The first value of a header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The decoded query parameters; empty when the query is malformed. */
    public Map<String, List<String>> queryParameters() {
        return decode(query);
    }

    /** The first value of a query parameter, decoded, or {@code null}. */
    public String queryParameter(String name) {
        return Forms.first(queryParameters(), name);
    }

    /** The fields of an {@code application/x-www-form-urlencoded} body; empty for any other body. */
    public Map<String, List<String>> form() {
        String type = header("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return Map.of();
        }
        return decode(body);
    }

    /** The first value of a form field, or {@code null}. */
    public String formField(String name) {
        return Forms.first(form(), name);
    }

    /** The body parsed as JSON (a copy), or a missing node when it is not JSON. */
    public JsonNode json() {
        if (body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node == null ? MissingNode.getInstance() : node;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** One line, secrets masked as on the dashboard: {@code POST /oauth/v2/accessToken form{grant_type=refresh_token, refresh_token=AQX…4fQ} → 200}. */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(method).append(' ').append(path);
        if (!query.isEmpty()) {
            line.append('?').append(Html.truncate(Mask.query(query), 400));
        }
        String type = header("Content-Type");
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded") && !body.isBlank()) {
            List<String> pairs = new ArrayList<>();
            Mask.form(body).forEach((name, values) -> values.forEach(v -> pairs.add(name + "=" + v)));
            line.append(" form{").append(Html.truncate(String.join(", ", pairs), 400)).append('}');
        } else if (!body.isBlank()) {
            line.append(" body ").append(Html.truncate(Mask.text(Html.truncate(body, 4_000)).replaceAll("\\s+", " "), 120));
        }
        return line.append(" → ").append(status == 0 ? "connection dropped" : Integer.toString(status)).toString();
    }

    private static Map<String, List<String>> decode(String encoded) {
        try {
            return Forms.decode(encoded);
        } catch (Forms.MalformedFormException e) {
            return Map.of();
        }
    }
}
