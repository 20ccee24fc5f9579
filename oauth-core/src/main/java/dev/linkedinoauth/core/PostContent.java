package dev.linkedinoauth.core;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a post carries besides its text: one image, 2 to 20 images, or an article (a link card). A post
 * has at most one of these, as LinkedIn's {@code content} holds exactly one kind. Set it through
 * {@link Post.Builder}; the values check LinkedIn's documented limits when built, before any request.
 *
 * <pre>{@code
 * Post.builder("Our new office").image(PostImage.file(Path.of("office.jpg"), "The open-plan floor")).build();
 * Post.builder("Read this").article(new PostContent.Article(URI.create("https://example.com/a"), "A title", null, null)).build();
 * }</pre>
 */
public sealed interface PostContent permits PostContent.Image, PostContent.MultiImage, PostContent.Article {

    /** The images in this content, in order (the article's thumbnail, if any). */
    List<PostImage> images();

    /**
     * One image: {@code "content":{"media":{"id":…,"altText":…,"title":…}}}.
     *
     * @param image the image
     * @param title a title shown with it; null for none
     */
    record Image(PostImage image, String title) implements PostContent {
        public Image {
            Objects.requireNonNull(image, "image");
        }

        @Override
        public List<PostImage> images() {
            return List.of(image);
        }
    }

    /**
     * 2 to 20 images shown as a grid: {@code "content":{"multiImage":{"images":[{"id":…,"altText":…},…]}}}.
     * LinkedIn requires every image to be owned by the author.
     *
     * @param images the images, in order
     */
    record MultiImage(List<PostImage> images) implements PostContent {
        public static final int MIN = 2;
        public static final int MAX = 20;

        /** @throws IllegalArgumentException for fewer than 2 or more than 20 images */
        public MultiImage {
            images = List.copyOf(images);
            if (images.size() < MIN || images.size() > MAX) {
                throw new IllegalArgumentException("a multi-image post has " + MIN + " to " + MAX + " images, not "
                        + images.size() + (images.size() < MIN ? "; use a single image post for one" : ""));
            }
        }
    }

    /**
     * A link card: {@code "content":{"article":{"source":…,"title":…,"description":…,"thumbnail":…,"thumbnailAltText":…}}}.
     * LinkedIn does not fetch the page: the card shows exactly this title, description and thumbnail.
     *
     * @param source      the link, {@code http} or {@code https}
     * @param title       required
     * @param description null for none
     * @param thumbnail   an image for the card (uploaded like any other), null for none
     */
    record Article(URI source, String title, String description, PostImage thumbnail) implements PostContent {
        /** @throws IllegalArgumentException for a link that is not absolute http(s), or an empty title */
        public Article {
            Objects.requireNonNull(source, "source");
            String scheme = source.getScheme() == null ? "" : source.getScheme().toLowerCase(Locale.ROOT);
            if (!source.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || source.getHost() == null) {
                throw new IllegalArgumentException("an article's link is an absolute http(s) URL, not \"" + source + "\"");
            }
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("an article needs a title (LinkedIn does not read it from the page)");
            }
        }

        @Override
        public List<PostImage> images() {
            return thumbnail == null ? List.of() : List.of(thumbnail);
        }
    }
}
