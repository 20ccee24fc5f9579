package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.model.LinkedInEndpoint;

/**
 * One line of the route table: method, path (exact, or a prefix when it ends with {@code *}), the LinkedIn
 * endpoint the path belongs to ({@code null} for the fake's own {@code /__fake/} paths), and the handler.
 * LinkedIn's paths come from {@link LinkedInEndpoint}, the one place that spells them.
 */
public record Route(String method, String path, LinkedInEndpoint endpoint, Endpoint handler) {

    /** {@code GET} on the endpoint's own path (every path under it when it ends with {@code /}). */
    public static Route get(LinkedInEndpoint endpoint, Endpoint handler) {
        return new Route("GET", pathOf(endpoint), endpoint, handler);
    }

    /** {@code POST} on the endpoint's own path. */
    public static Route post(LinkedInEndpoint endpoint, Endpoint handler) {
        return new Route("POST", pathOf(endpoint), endpoint, handler);
    }

    /** {@code POST} on another path that counts as {@code endpoint} (the sign-in and consent forms). */
    public static Route post(LinkedInEndpoint endpoint, String path, Endpoint handler) {
        return new Route("POST", path, endpoint, handler);
    }

    /** {@code GET} on one of the fake's own paths, which belong to no LinkedIn endpoint. */
    public static Route get(String path, Endpoint handler) {
        return new Route("GET", path, null, handler);
    }

    /** {@code POST} on one of the fake's own paths. */
    public static Route post(String path, Endpoint handler) {
        return new Route("POST", path, null, handler);
    }

    /** {@code PUT} on the endpoint's own path (every path under it when it ends with {@code /}). */
    public static Route put(LinkedInEndpoint endpoint, Endpoint handler) {
        return new Route("PUT", pathOf(endpoint), endpoint, handler);
    }

    /** A path ending in {@code /} ({@code /rest/images/}, {@code /dms-uploads/}) stands for every path under it. */
    private static String pathOf(LinkedInEndpoint endpoint) {
        return endpoint.path().endsWith("/") ? endpoint.path() + "*" : endpoint.path();
    }

    public boolean matchesPath(String requestPath) {
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                && requestPath.length() > path.length() - 1 : path.equals(requestPath);
    }
}
