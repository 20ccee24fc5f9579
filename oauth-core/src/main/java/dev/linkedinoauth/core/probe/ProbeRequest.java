package dev.linkedinoauth.core.probe;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The request a probe sends: a method, one of the target's endpoints, query parameters, headers, and a
 * form or a JSON body. Values may hold {@link Placeholder}s ({@code {client_id}}); which credentials the
 * request needs follows from them. Immutable: each method returns a copy.
 *
 * <pre>{@code
 * ProbeRequest userinfo = ProbeRequest.get(ProbeEndpoint.USERINFO).header("Authorization", "Bearer {member_token}");
 * ProbeRequest token = ProbeRequest.post(ProbeEndpoint.TOKEN).form("grant_type", "client_credentials");
 * }</pre>
 *
 * @param json the JSON body, or {@code null} (a form, or no body)
 */
public record ProbeRequest(String method, ProbeEndpoint endpoint, Map<String, String> query, Map<String, String> headers,
                           Map<String, String> form, String json) {

    public ProbeRequest {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("a probe sends GET or POST, not " + method);
        }
        Objects.requireNonNull(endpoint, "endpoint");
        query = ordered(query);
        headers = ordered(headers);
        form = ordered(form);
        if (json != null && !form.isEmpty()) {
            throw new IllegalArgumentException("a request has a form or a JSON body, not both");
        }
    }

    public static ProbeRequest get(ProbeEndpoint endpoint) {
        return new ProbeRequest("GET", endpoint, Map.of(), Map.of(), Map.of(), null);
    }

    public static ProbeRequest post(ProbeEndpoint endpoint) {
        return new ProbeRequest("POST", endpoint, Map.of(), Map.of(), Map.of(), null);
    }

    public ProbeRequest query(String name, String value) {
        return new ProbeRequest(method, endpoint, with(query, name, value), headers, form, json);
    }

    public ProbeRequest header(String name, String value) {
        return new ProbeRequest(method, endpoint, query, with(headers, name, value), form, json);
    }

    public ProbeRequest form(String name, String value) {
        return new ProbeRequest(method, endpoint, query, headers, with(form, name, value), json);
    }

    /** A JSON body, sent as {@code application/json}. */
    public ProbeRequest json(String body) {
        return new ProbeRequest(method, endpoint, query, headers, form, Objects.requireNonNull(body, "body"));
    }

    /** The credentials the user must give for this request, from the placeholders it uses. */
    public Set<Credential> needs() {
        Set<Credential> needs = EnumSet.noneOf(Credential.class);
        texts().forEach(text -> Placeholders.in(text).forEach(p -> p.needs().ifPresent(needs::add)));
        return needs;
    }

    Stream<String> texts() {
        return Stream.of(query.values().stream(), headers.values().stream(), form.values().stream(),
                Stream.ofNullable(json)).flatMap(s -> s);
    }

    private static Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        Objects.requireNonNull(values).forEach((k, v) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(v, k)));
        return Collections.unmodifiableMap(copy);
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(values);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return copy;
    }
}
