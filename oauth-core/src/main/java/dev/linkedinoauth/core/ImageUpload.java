package dev.linkedinoauth.core;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * LinkedIn's answer to {@code initializeUpload}: the new image's URN and the one-time URL its bytes go to.
 * The URL is used once, before {@code expiresAt}; after a failed or late upload, start again (a new URN).
 *
 * <pre>{@code
 * ImageUpload upload = images.initializeUpload(token, "urn:li:person:AbC12dEf3G");
 * images.put(token, upload, ImageFile.check(Path.of("cat.png")));
 * }</pre>
 *
 * @param image     {@code urn:li:image:…}
 * @param uploadUrl where to {@code PUT} the bytes (with a signed token in its query: not shown in messages)
 * @param expiresAt when the URL stops working ({@code uploadUrlExpiresAt})
 */
public record ImageUpload(String image, URI uploadUrl, Instant expiresAt) {
    public ImageUpload {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(uploadUrl, "uploadUrl");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The upload URL without its query (the signed {@code ut=} token), for messages. */
    String shownUrl() {
        return uploadUrl.getScheme() + "://" + uploadUrl.getRawAuthority() + uploadUrl.getRawPath();
    }

    @Override
    public String toString() {
        return "ImageUpload[image=" + image + ", uploadUrl=" + shownUrl() + "?…, expiresAt=" + expiresAt + "]";
    }
}
