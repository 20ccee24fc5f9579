package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;

/**
 * One image of the Images API as the fake keeps it: initialized for an owner, then (after the one PUT)
 * its bytes and what the fake read of them. Immutable; {@link ImageStore} replaces it on upload.
 *
 * @param id                 the id in {@code urn:li:image:<id>}
 * @param owner              the owner URN of {@code initializeUpload}
 * @param clientId           the app whose token initialized it
 * @param uploadToken        the {@code ut} of the upload URL
 * @param initializedAt      on the fake's clock
 * @param uploadUrlExpiresAt when the upload URL stops working
 * @param bytes              the uploaded bytes, null until the PUT
 * @param mediaType          {@code image/png}, {@code image/jpeg}, {@code image/gif}, or null when not an image
 * @param width              in pixels, 0 when unknown
 * @param height             in pixels, 0 when unknown
 * @param uploadedAt         when the PUT arrived, null before
 * @param readyAt            when processing ends (upload time plus the configured delay), null before
 * @param failure            why processing fails ({@code PROCESSING_FAILED}), null when it does not
 */
public record StoredImage(String id, String owner, String clientId, String uploadToken, Instant initializedAt,
                          Instant uploadUrlExpiresAt, byte[] bytes, String mediaType, int width, int height,
                          Instant uploadedAt, Instant readyAt, String failure) {

    public String urn() {
        return "urn:li:image:" + id;
    }

    /** {@code WAITING_UPLOAD}, {@code PROCESSING}, {@code AVAILABLE} or {@code PROCESSING_FAILED}, at {@code now}. */
    public String status(Instant now) {
        if (bytes == null) {
            return "WAITING_UPLOAD";
        }
        if (now.isBefore(readyAt)) {
            return "PROCESSING";
        }
        return failure == null ? "AVAILABLE" : "PROCESSING_FAILED";
    }

    public int size() {
        return bytes == null ? 0 : bytes.length;
    }

    /** The public value, with the status at {@code now} and a copy of the bytes. */
    public dev.linkedinoauth.fake.model.ReceivedImage toReceived(Instant now) {
        return new dev.linkedinoauth.fake.model.ReceivedImage(urn(), owner, clientId, status(now), mediaType, width,
                height, size(), initializedAt, uploadedAt, failure, bytes);
    }

    StoredImage failing(String reason) {
        return new StoredImage(id, owner, clientId, uploadToken, initializedAt, uploadUrlExpiresAt, bytes, mediaType,
                width, height, uploadedAt, readyAt, reason);
    }

    StoredImage uploaded(byte[] data, ImageBytes.Reading reading, Instant now, Instant ready, String failed) {
        return new StoredImage(id, owner, clientId, uploadToken, initializedAt, uploadUrlExpiresAt, data,
                reading.mediaType(), reading.width(), reading.height(), now, ready, failed);
    }
}
