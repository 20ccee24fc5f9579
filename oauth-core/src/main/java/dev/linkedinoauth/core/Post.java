package dev.linkedinoauth.core;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A post to publish with {@link LinkedInPosts}: text, and at most one kind of {@link PostContent} (one
 * image, 2 to 20 images, or an article link). The text is escaped for LinkedIn's little text format
 * unless {@code raw} is set (for callers who write mentions such as {@code @[Name](urn:li:organization:123)}
 * and hashtags themselves). Without an author, {@link LinkedInPosts} posts as the token's own member.
 *
 * <pre>{@code
 * Post hello = Post.of("Hello LinkedIn API :-)");
 * Post team = Post.builder("Thanks @[ACME](urn:li:organization:123) #java").raw(true).visibility(Post.Visibility.CONNECTIONS).build();
 * Post photo = Post.builder("Our new office").image(Path.of("office.jpg"), "The open-plan floor").build();
 * Post edited = photo.toBuilder().visibility(Post.Visibility.CONNECTIONS).build();
 * }</pre>
 *
 * @param text       the text as the member should see it (or, when {@code raw}, little text as is)
 * @param raw        true to send {@code text} unescaped
 * @param author     {@code urn:li:person:ID} or {@code urn:li:organization:ID}; null for the token's member
 * @param visibility who may see the post
 * @param content    the image(s) or article; null for a text-only post
 */
public record Post(String text, boolean raw, String author, Visibility visibility, PostContent content) {
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

    /** A text-only post. */
    public Post(String text, boolean raw, String author, Visibility visibility) {
        this(text, raw, author, visibility, null);
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
        Builder b = new Builder(text).raw(raw).author(author).visibility(visibility);
        if (content instanceof PostContent.Image single) {
            b.image(single.image()).imageTitle(single.title());
        } else if (content instanceof PostContent.MultiImage multi) {
            b.images(multi.images());
        } else if (content instanceof PostContent.Article link) {
            b.article(link);
        }
        return b;
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
     * Builds a {@link Post}; defaults: escaped, the token's member as author, {@code PUBLIC}, text only.
     * A post carries one kind of content: mixing {@code image}, {@code images} and {@code article} fails in
     * {@link #build()}; calling {@code image} twice makes a multi-image post.
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
        private PostContent content;
        private final List<PostImage> images = new ArrayList<>();
        private String imageTitle;
        private PostContent.Article article;

        private Builder(String text) {
            this.text = text;
        }

        /** Replaces the text. */
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

        /** Adds an image: one makes a single-image post, two to twenty a multi-image post (a grid). */
        public Builder image(PostImage value) {
            images.add(Objects.requireNonNull(value, "image"));
            return this;
        }

        /** Adds a local image file with its alt text (null for none). */
        public Builder image(Path file, String altText) {
            return image(PostImage.file(file, altText));
        }

        /** The images of the post, replacing any added before: one is a single-image post, 2 to 20 a multi-image post. */
        public Builder images(List<PostImage> values) {
            images.clear();
            values.forEach(this::image);
            return this;
        }

        /** The title of a single-image post (LinkedIn's {@code media.title}); null for none. */
        public Builder imageTitle(String value) {
            this.imageTitle = value;
            return this;
        }

        /** An article (link card) with its title, description (null for none) and thumbnail (null for none). */
        public Builder article(PostContent.Article value) {
            this.article = Objects.requireNonNull(value, "article");
            return this;
        }

        /** A link card without a thumbnail. */
        public Builder article(URI source, String title, String description) {
            return article(new PostContent.Article(source, title, description, null));
        }

        /** The content as a value, replacing images, title and article set before; null for text only. */
        public Builder content(PostContent value) {
            images.clear();
            imageTitle = null;
            article = null;
            this.content = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException for an empty text, a bad author, more than one kind of content,
         *         a multi-image post outside 2 to 20 images, or an image title on a multi-image or article post
         */
        public Post build() {
            return new Post(text, raw, author, visibility, content());
        }

        private PostContent content() {
            int kinds = (images.isEmpty() ? 0 : 1) + (article == null ? 0 : 1) + (content == null ? 0 : 1);
            if (kinds > 1) {
                throw new IllegalArgumentException("a post carries one kind of content: images or an article link,"
                        + " not both (LinkedIn's content holds exactly one)");
            }
            if (imageTitle != null && images.size() != 1) {
                throw new IllegalArgumentException("an image title belongs to a single-image post");
            }
            if (article != null) {
                return article;
            }
            if (images.size() == 1) {
                return new PostContent.Image(images.get(0), imageTitle);
            }
            if (!images.isEmpty()) {
                return new PostContent.MultiImage(images);
            }
            return content;
        }
    }
}
