package dev.linkedinoauth.fake.model;

import java.time.Instant;
import java.util.Objects;

/**
 * An image of the fake's Images API, as uploaded: who initialized it, its status on the fake's clock when
 * read, and the bytes exactly as received (a copy).
 *
 * <pre>{@code
 * ReceivedImage image = fake.images().get(0);
 * assertThat(image.bytes()).isEqualTo(Files.readAllBytes(Path.of("cat.png")));
 * }</pre>
 *
 * @param urn           {@code urn:li:image:…}
 * @param owner         the owner of {@code initializeUpload}
 * @param clientId      the app whose token initialized it
 * @param status        {@code WAITING_UPLOAD}, {@code PROCESSING}, {@code AVAILABLE} or {@code PROCESSING_FAILED}
 * @param mediaType     {@code image/png}, {@code image/jpeg}, {@code image/gif}; null before the upload or when not an image
 * @param width         in pixels, 0 when unknown
 * @param height        in pixels, 0 when unknown
 * @param size          bytes uploaded, 0 before the upload
 * @param initializedAt on the fake's clock
 * @param uploadedAt    on the fake's clock; null before the upload
 * @param failure       why processing failed; null unless {@code PROCESSING_FAILED} is coming
 */
public record ReceivedImage(String urn, String owner, String clientId, String status, String mediaType, int width,
                            int height, int size, Instant initializedAt, Instant uploadedAt, String failure,
                            byte[] bytes) {

    public ReceivedImage {
        Objects.requireNonNull(urn, "urn");
        bytes = bytes == null ? null : bytes.clone();
    }

    /** The bytes as uploaded (a copy); null before the upload. */
    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReceivedImage other && urn.equals(other.urn) && status.equals(other.status)
                && java.util.Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return urn.hashCode();
    }

    @Override
    public String toString() {
        return "ReceivedImage[" + urn + ", " + status + ", " + mediaType + " " + width + "x" + height + ", " + size + " bytes]";
    }
}
