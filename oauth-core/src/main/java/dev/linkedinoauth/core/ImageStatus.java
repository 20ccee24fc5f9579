package dev.linkedinoauth.core;

import java.net.URI;
import java.util.Objects;

/**
 * An image as LinkedIn reports it ({@code GET /rest/images/{urn}}), or {@link State#NOT_VISIBLE} when the
 * token may not read it: LinkedIn is reported to answer 403 there for {@code w_member_social}-only tokens,
 * which says nothing about the image itself.
 *
 * <pre>{@code
 * ImageStatus status = images.status(token, "urn:li:image:C4E10AQFoyyAjHPMQuQ");
 * if (status.state() == ImageStatus.State.AVAILABLE) System.out.println(status.downloadUrl());
 * }</pre>
 *
 * @param urn         {@code urn:li:image:…}
 * @param state       where it is in processing
 * @param owner       the owner URN; null when not visible
 * @param downloadUrl where LinkedIn serves it, only when {@code AVAILABLE}; else null
 */
public record ImageStatus(String urn, State state, String owner, URI downloadUrl) {

    /**
     * The processing states, in order: {@code WAITING_UPLOAD → PROCESSING → AVAILABLE} (or {@code PROCESSING_FAILED}).
     *
     * <pre>{@code
     * boolean done = status.state() == ImageStatus.State.AVAILABLE || status.state() == ImageStatus.State.NOT_VISIBLE;
     * }</pre>
     */
    public enum State {
        /** Initialized, no bytes received yet. */
        WAITING_UPLOAD,
        /** Bytes received, being processed. */
        PROCESSING,
        /** Ready to be used in a post. */
        AVAILABLE,
        /** LinkedIn could not use the bytes (not an image, too large, ...). */
        PROCESSING_FAILED,
        /** The status read was refused (403): the token cannot see it; not a failure of the image. */
        NOT_VISIBLE
    }

    public ImageStatus {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(state, "state");
    }
}
