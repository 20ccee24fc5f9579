package dev.linkedinoauth.fake.internal.http;

/**
 * One line of the route table: method, path (exact, or a prefix when it ends with {@code *}), endpoint.
 */
public record Route(String method, String path, Endpoint endpoint) {

    public static Route get(String path, Endpoint endpoint) {
        return new Route("GET", path, endpoint);
    }

    public static Route post(String path, Endpoint endpoint) {
        return new Route("POST", path, endpoint);
    }

    public boolean matchesPath(String requestPath) {
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1))
                && requestPath.length() > path.length() - 1 : path.equals(requestPath);
    }
}
