package dev.linkedinoauth.fake.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.text.Mask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Describes the requests {@link dev.linkedinoauth.fake.FakeLinkedIn#verify(RequestPattern)} looks for. Immutable: each
 * {@code with...} returns a narrower copy. Its {@link #toString()} is what a failed verification prints.
 *
 * <pre>{@code
 * fake.verify(RequestPattern.to(LinkedInEndpoint.TOKEN).withForm("grant_type", "refresh_token"));
 * fake.verify(0, RequestPattern.to(LinkedInEndpoint.POSTS));   // no post was attempted
 * }</pre>
 */
public final class RequestPattern {
    private final List<Predicate<RecordedRequest>> conditions;
    private final List<String> description;

    private RequestPattern(List<Predicate<RecordedRequest>> conditions, List<String> description) {
        this.conditions = List.copyOf(conditions);
        this.description = List.copyOf(description);
    }

    /** Requests to this endpoint, or to any endpoint of a group ({@link LinkedInEndpoint#API}, {@link LinkedInEndpoint#ANY}). */
    public static RequestPattern to(LinkedInEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        return new RequestPattern(List.of(r -> endpoint == r.endpoint() || endpoint.includes(r.endpoint())),
                List.of("to " + endpoint.describe()));
    }

    /** Requests to an endpoint by name ({@code "token"}, {@code "ugcPosts"}) or to an exact path ({@code "/v2/me"}). */
    public static RequestPattern to(String endpointOrPath) {
        Objects.requireNonNull(endpointOrPath, "endpointOrPath");
        if (endpointOrPath.startsWith("/") && LinkedInEndpoint.ofPath(endpointOrPath) == LinkedInEndpoint.OTHER) {
            return anyRequest().withPath(endpointOrPath);
        }
        return to(LinkedInEndpoint.parse(endpointOrPath));
    }

    /** Every request. */
    public static RequestPattern anyRequest() {
        return new RequestPattern(List.of(), List.of("any request"));
    }

    public RequestPattern withMethod(String method) {
        String wanted = method.toUpperCase(Locale.ROOT);
        return and(r -> r.method().equals(wanted), "method " + wanted);
    }

    public RequestPattern withPath(String path) {
        return and(r -> r.path().equals(path), "path " + path);
    }

    /** A decoded query parameter with exactly this value. */
    public RequestPattern withQuery(String name, String value) {
        return and(r -> r.queryParameters().getOrDefault(name, List.of()).contains(value),
                "query " + name + "=" + Mask.field(name, value));
    }

    /** A form field with exactly this value. */
    public RequestPattern withForm(String name, String value) {
        return and(r -> r.form().getOrDefault(name, List.of()).contains(value), "form " + name + "=" + Mask.field(name, value));
    }

    /** A form field present, whatever its value. */
    public RequestPattern withFormField(String name) {
        return and(r -> r.form().containsKey(name), "form field " + name);
    }

    /** A header (any case) with exactly this value. */
    public RequestPattern withHeader(String name, String value) {
        return and(r -> r.headers().getOrDefault(name, List.of()).contains(value),
                "header " + name + ": " + Mask.header(name, value));
    }

    /** A JSON body whose value at {@code pointer} (RFC 6901, e.g. {@code /author}) is this text. */
    public RequestPattern withJson(String pointer, String value) {
        return and(r -> {
            JsonNode node = r.json().at(pointer);
            return node.isValueNode() && node.asText().equals(value);
        }, "json " + pointer + "=" + value);
    }

    public RequestPattern withBodyContaining(String text) {
        return and(r -> r.body().contains(text), "body containing \"" + text + "\"");
    }

    /** Whether the request meets every condition. */
    public boolean matches(RecordedRequest request) {
        return conditions.stream().allMatch(c -> c.test(request));
    }

    @Override
    public String toString() {
        return "a request " + String.join(", ", description);
    }

    private RequestPattern and(Predicate<RecordedRequest> condition, String text) {
        List<Predicate<RecordedRequest>> more = new ArrayList<>(conditions);
        more.add(condition);
        List<String> words = new ArrayList<>(description);
        words.add(text);
        return new RequestPattern(more, words);
    }
}
