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
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("urn", post.urn());
            fields.put("url", post.url().toString());
            out.println(TokenPrinter.toJson(fields));
        } else {
            out.println(post.urn());
        }
        out.flush();
    }
}
