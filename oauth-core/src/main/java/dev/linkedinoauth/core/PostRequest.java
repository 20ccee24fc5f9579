package dev.linkedinoauth.core;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An HTTP request {@link LinkedInPosts} would send for a post, for showing (a dry run): the access token
 * in {@code Authorization} is masked ({@code AQV…x9Q}), everything else is exactly what would be sent. For
 * an image upload, the {@code PUT}'s URL comes from LinkedIn's answer, so it stands as a placeholder, and the
 * body is described, not shown.
 *
 * <pre>{@code
 * PostRequest request = posts.preview(token, Post.of("Hello LinkedIn API :-)"));
 * System.out.println(request);   // POST https://api.linkedin.com/rest/posts, headers, JSON body
 * }</pre>
 *
 * @param method  {@code POST} or {@code PUT}
 * @param uri     the endpoint ({@code /rest/posts} or {@code /v2/ugcPosts})
 * @param headers the request headers in the order sent, the token masked
 * @param body    the JSON body
 */
public record PostRequest(String method, URI uri, Map<String, String> headers, String body) {

    public PostRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(body, "body");
        headers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** A {@code POST}. */
    public PostRequest(URI uri, Map<String, String> headers, String body) {
        this("POST", uri, headers, body);
    }

    /** The request as HTTP text: request line, headers, blank line, body. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method).append(' ').append(uri).append('\n');
        headers.forEach((name, value) -> s.append(name).append(": ").append(value).append('\n'));
        return s.append('\n').append(body).toString();
    }
}
