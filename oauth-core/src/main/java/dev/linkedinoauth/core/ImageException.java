package dev.linkedinoauth.core;

import java.util.Objects;

/**
 * An image could not go into a post: the file is not one LinkedIn takes (found before anything is sent),
 * the upload was refused, or LinkedIn could not process it. {@link #kind()} says which; the message says
 * what to do. LinkedIn's own refusals of the calls ({@code initializeUpload} without {@code w_member_social},
 * an expired token, ...) stay {@link LinkedInApiException}s.
 *
 * <pre>{@code
 * catch (ImageException e) {
 *     if (e.kind().isFileProblem()) System.err.println("pick another file: " + e.getMessage()); }
 * }</pre>
 */
public final class ImageException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    /**
     * What went wrong with an image.
     *
     * <pre>{@code
     * if (e.kind() == ImageException.Kind.PROCESSING_FAILED) System.err.println("LinkedIn could not use the file");
     * }</pre>
     */
    public enum Kind {
        /** The file is missing, not a regular file, empty or not readable. Found before any request. */
        UNREADABLE,
        /** The file's content is not JPG, PNG or GIF (decided by its first bytes, not its name). Found before any request. */
        NOT_AN_IMAGE,
        /** The image has 36,152,320 pixels or more, LinkedIn's documented limit. Found before any request. */
        TOO_MANY_PIXELS,
        /** A GIF with more than 250 frames, LinkedIn's documented limit. Found before any request. */
        TOO_MANY_FRAMES,
        /** The binary upload was refused (non-2xx) or its URL expired, on every fresh attempt. */
        UPLOAD_FAILED,
        /** LinkedIn answered {@code PROCESSING_FAILED} for the uploaded image. */
        PROCESSING_FAILED,
        /** The image was still not {@code AVAILABLE} when the bounded wait ran out. */
        STILL_PROCESSING,
        /**
         * LinkedIn refused a post that references images (400): an image is unknown, not the author's own, or
         * not yet {@code AVAILABLE}.
         */
        REFUSED_IN_POST;

        /** True for the kinds found by looking at the file, before any request: choose another file. */
        public boolean isFileProblem() {
            return this == UNREADABLE || this == NOT_AN_IMAGE || this == TOO_MANY_PIXELS || this == TOO_MANY_FRAMES;
        }
    }

    private final Kind kind;
    private final int status;

    ImageException(Kind kind, String message) {
        this(kind, 0, message);
    }

    ImageException(Kind kind, int status, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = status;
    }

    ImageException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** LinkedIn's HTTP status when an answer caused this (upload or post), 0 when none did (file checks, waiting). */
    public int status() {
        return status;
    }
}
