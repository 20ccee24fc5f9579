package dev.linkedinoauth.core;

import java.net.URI;
import java.util.Objects;

/**
 * A post LinkedIn accepted: its URN (from the {@code x-restli-id} header of the 201 answer) and its address.
 *
 * <pre>{@code
 * PublishedPost post = posts.publish(token, Post.of("Hello LinkedIn API :-)"));
 * System.out.println(post.urn() + " " + post.url());
 * }</pre>
 *
 * @param urn        {@code urn:li:share:…} (or {@code urn:li:ugcPost:…})
 * @param author     the author URN the post was sent with
 * @param commentary the text exactly as sent (escaped unless raw; as written for the UGC API)
 * @param api        which API created it
 */
public record PublishedPost(String urn, String author, String commentary, PostingApi api) {
    /** Where LinkedIn shows a post: {@code https://www.linkedin.com/feed/update/{urn}}. */
    public static final String FEED_UPDATE = "https://www.linkedin.com/feed/update/";

    public PublishedPost {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(commentary, "commentary");
        Objects.requireNonNull(api, "api");
    }

    /** {@code https://www.linkedin.com/feed/update/{urn}}. */
    public URI url() {
        return URI.create(FEED_UPDATE + urn);
    }
}
