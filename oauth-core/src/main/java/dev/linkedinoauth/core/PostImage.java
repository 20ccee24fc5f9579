package dev.linkedinoauth.core;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One image of a post: a local file that {@link LinkedInPosts} uploads first, or an image already uploaded
 * ({@code urn:li:image:…}, e.g. from {@link LinkedInImages#upload}), with its alternative text (what a
 * screen reader says; LinkedIn allows up to 4,086 characters and recommends under 120).
 *
 * <pre>{@code
 * PostImage cat = PostImage.file(Path.of("cat.png"), "A grey cat asleep on a keyboard");
 * PostImage again = PostImage.uploaded("urn:li:image:C4E10AQFoyyAjHPMQuQ", "The same cat");
 * }</pre>
 *
 * @param file    the file to upload, or null for an uploaded image
 * @param urn     {@code urn:li:image:ID} of an uploaded image, or null for a file
 * @param altText the alternative text; null or empty for none
 */
public record PostImage(Path file, String urn, String altText) {
    /** LinkedIn's limit for {@code altText} and {@code thumbnailAltText}. */
    public static final int MAX_ALT_TEXT = 4086;
    private static final Pattern IMAGE_URN = Pattern.compile("urn:li:image:[A-Za-z0-9_-]+");

    /** @throws IllegalArgumentException unless exactly one of file and urn is given, or for a too long alt text */
    public PostImage {
        if ((file == null) == (urn == null)) {
            throw new IllegalArgumentException("an image is either a file or an uploaded urn:li:image:…, exactly one");
        }
        if (urn != null && !IMAGE_URN.matcher(urn).matches()) {
            throw new IllegalArgumentException("an uploaded image is urn:li:image:ID, not \"" + urn + "\"");
        }
        if (altText != null && altText.length() > MAX_ALT_TEXT) {
            throw new IllegalArgumentException("the alt text has " + altText.length() + " characters; LinkedIn allows "
                    + MAX_ALT_TEXT + " (and recommends under 120)");
        }
    }

    /** A file to upload, with its alt text (null for none). */
    public static PostImage file(Path file, String altText) {
        return new PostImage(Objects.requireNonNull(file, "file"), null, altText);
    }

    /** An image already uploaded and {@code AVAILABLE}, owned by the post's author. */
    public static PostImage uploaded(String urn, String altText) {
        return new PostImage(null, Objects.requireNonNull(urn, "urn"), altText);
    }

    /** What this image is called in messages: the file, or the URN. */
    String describe() {
        return file != null ? file.toString() : urn;
    }
}
