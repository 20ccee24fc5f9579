package dev.linkedinoauth.core;

import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What LinkedIn's answers to the Images API mean for {@link LinkedInImages}: the upload URL and URN of an
 * {@code initializeUpload}, the state of a status read, and what to tell the user when {@code initializeUpload}
 * is refused.
 */
final class ImageAnswers {
    private ImageAnswers() {
    }

    /** The answer of a successful {@code initializeUpload}: {@code value.image}, {@code value.uploadUrl} and its expiry. */
    static ImageUpload upload(HttpResult result) {
        JsonNode value = Json.objectOrNull(result.body());
        value = value == null ? null : value.get("value");
        String image = value == null ? null : Json.text(value, "image");
        String url = value == null ? null : Json.text(value, "uploadUrl");
        Long expires;
        try {
            expires = value == null ? null : Json.number(value, "uploadUrlExpiresAt");
        } catch (IllegalArgumentException e) {
            expires = null;
        }
        if (image == null || url == null) {
            throw ApiErrors.unreadable(LinkedInImages.INITIALIZE, result, "the answer has no value.image and value.uploadUrl");
        }
        URI uploadUrl;
        try {
            uploadUrl = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.unreadable(LinkedInImages.INITIALIZE, result, "value.uploadUrl is not a URL");
        }
        // The lifetime is undocumented; without a stated expiry the URL is tried once, as any other.
        Instant expiresAt = expires == null ? Instant.MAX : Instant.ofEpochMilli(expires);
        return new ImageUpload(image, uploadUrl, expiresAt);
    }

    /** The answer of a successful status read: a known {@code status}, and the {@code downloadUrl} once available. */
    static ImageStatus status(String imageUrn, HttpResult result) {
        JsonNode body = Json.objectOrNull(result.body());
        String state = body == null ? null : Json.text(body, "status");
        ImageStatus.State parsed = null;
        for (ImageStatus.State s : ImageStatus.State.values()) {
            if (s != ImageStatus.State.NOT_VISIBLE && s.name().equals(state == null ? null : state.toUpperCase(Locale.ROOT))) {
                parsed = s;
            }
        }
        if (parsed == null) {
            throw ApiErrors.unreadable(LinkedInImages.STATUS, result, "the answer has no known status");
        }
        String download = Json.text(body, "downloadUrl");
        URI downloadUrl = null;
        if (parsed == ImageStatus.State.AVAILABLE && download != null && !download.isBlank()) {
            try {
                downloadUrl = URI.create(download);
            } catch (IllegalArgumentException e) {
                downloadUrl = null;
            }
        }
        return new ImageStatus(imageUrn, parsed, Json.text(body, "owner"), downloadUrl);
    }

    /** What to do about a refused {@code initializeUpload}, for the kinds that have a known remedy; else null. */
    static String advice(LinkedInApiException.Kind kind, String owner, LinkedInVersion version) {
        return switch (kind) {
            case ACCESS_DENIED -> owner.startsWith("urn:li:organization:")
                    ? "uploading for " + owner + " needs w_organization_social and a role on its page"
                    : "uploading images needs the w_member_social scope and the token's own member as owner ("
                            + owner + "; an empty id means the token lacked openid); log in again asking for"
                            + " openid profile w_member_social";
            case VERSION_NOT_ACTIVE -> "LinkedIn-Version " + version + " is retired or not yet released: choose a month"
                    + " from the last twelve, or leave it unset for the default";
            default -> null;
        };
    }
}
