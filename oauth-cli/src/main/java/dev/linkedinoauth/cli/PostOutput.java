package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.PublishedPost;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code post} and {@code demo --post} print on stdout: the URN alone, or {@code {"urn","url"}}. */
final class PostOutput {

    private PostOutput() {
    }

    static void print(PrintWriter out, PublishedPost post, boolean json) {
        print(out, post, post.url().toString(), json);
    }

    static void print(PrintWriter out, PublishedPost post, String url, boolean json) {
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("urn", post.urn());
            fields.put("url", url);
            out.println(TokenPrinter.toJson(fields));
        } else {
            out.println(post.urn());
        }
        out.flush();
    }

    /**
     * Where the post can be seen: on linkedin.com for production; for another server (the fake) its feed,
     * {@code {base}/__fake/feed#{urn}}, instead of a linkedin.com address that does not exist.
     */
    static String url(EndpointOptions.Target target, PublishedPost post) {
        if (target instanceof EndpointOptions.Target.BaseUrl base) {
            return EndpointOptions.key(base) + "/__fake/feed#" + post.urn();
        }
        return post.url().toString();
    }
}
