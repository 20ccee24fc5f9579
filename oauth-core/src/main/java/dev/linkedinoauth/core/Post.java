package dev.linkedinoauth.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text post to publish with {@link LinkedInPosts}. The text is escaped for LinkedIn's little text format
 * unless {@code raw} is set (for callers who write mentions such as {@code @[Name](urn:li:organization:123)}
 * and hashtags themselves). Without an author, {@link LinkedInPosts} posts as the token's own member.
 *
 * <pre>{@code
 * Post hello = Post.of("Hello LinkedIn API :-)");
 * Post team = Post.builder("Thanks @[ACME](urn:li:organization:123) #java").raw(true).visibility(Post.Visibility.CONNECTIONS).build();
 * }</pre>
 *
 * @param text       the text as the member should see it (or, when {@code raw}, little text as is)
 * @param raw        true to send {@code text} unescaped
 * @param author     {@code urn:li:person:ID} or {@code urn:li:organization:ID}; null for the token's member
 * @param visibility who may see the post
 */
public record Post(String text, boolean raw, String author, Visibility visibility) {
    private static final Pattern AUTHOR = Pattern.compile("urn:li:(person|organization):[A-Za-z0-9_-]+");

    /**
     * Who may see a post.
     *
     * <pre>{@code
     * Post.builder("For my network only").visibility(Post.Visibility.CONNECTIONS).build();
     * }</pre>
     */
    public enum Visibility {
        /** Anyone, on or off LinkedIn. */
        PUBLIC,
        /** The author's first-degree connections. */
        CONNECTIONS,
        /** Members signed in to LinkedIn. */
        LOGGED_IN
    }

    /** @throws IllegalArgumentException for an empty text or an author that is not a person or organization URN */
    public Post {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(visibility, "visibility");
        if (text.isBlank()) {
            throw new IllegalArgumentException("the post text is empty");
        }
        if (author != null && !AUTHOR.matcher(author).matches()) {
            throw new IllegalArgumentException("the author must be urn:li:person:ID or urn:li:organization:ID, not \""
                    + author + "\"");
        }
    }

    /** A public post of the token's member, escaped. */
    public static Post of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** A builder holding this post, to change some of it: {@code post.toBuilder().visibility(CONNECTIONS).build()}. */
    public Builder toBuilder() {
        return new Builder(text).raw(raw).author(author).visibility(visibility);
    }

    /** What goes into the Posts API's {@code commentary}: the text escaped for little text, or as is when raw. */
    public String commentary() {
        return raw ? text : LittleText.escape(text);
    }

    /** True when {@code author} is an organization URN. */
    public boolean byOrganization() {
        return author != null && author.startsWith("urn:li:organization:");
    }

    /**
     * Builds a {@link Post}; defaults: escaped, the token's member as author, {@code PUBLIC}.
     *
     * <pre>{@code
     * Post p = Post.builder("Hello").author("urn:li:organization:123").visibility(Post.Visibility.PUBLIC).build();
     * }</pre>
     */
    public static final class Builder {
        private String text;
        private boolean raw;
        private String author;
        private Visibility visibility = Visibility.PUBLIC;

        private Builder(String text) {
            this.text = text;
        }

        public Builder text(String value) {
            this.text = value;
            return this;
        }

        /** True to send the text as little text, unescaped: mentions and hashtags written by the caller. */
        public Builder raw(boolean value) {
            this.raw = value;
            return this;
        }

        /** {@code urn:li:person:ID} or {@code urn:li:organization:ID}; null (default) for the token's member. */
        public Builder author(String value) {
            this.author = value;
            return this;
        }

        /** The member with this id ({@code sub}) as author: {@code urn:li:person:{memberId}}. */
        public Builder member(String memberId) {
            this.author = "urn:li:person:" + Objects.requireNonNull(memberId, "memberId");
            return this;
        }

        public Builder visibility(Visibility value) {
            this.visibility = Objects.requireNonNull(value, "visibility");
            return this;
        }

        public Post build() {
            return new Post(text, raw, author, visibility);
        }
    }
}
