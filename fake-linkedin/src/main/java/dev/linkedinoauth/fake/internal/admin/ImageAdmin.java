package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.internal.api.ImagesEndpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.ImageStore;
import dev.linkedinoauth.fake.internal.state.StoredImage;
import dev.linkedinoauth.fake.internal.text.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /__fake/images}: every image of the Images API, oldest first, with its status on the fake's clock,
 * and the store's bounds; {@code GET /__fake/images/{id}}: the bytes exactly as uploaded (the images'
 * {@code downloadUrl}, and what the feed shows).
 */
public final class ImageAdmin {
    private final FakeContext context;

    public ImageAdmin(FakeContext context) {
        this.context = context;
    }

    public FakeResponse list(FakeRequest request) {
        Instant now = context.now();
        List<Map<String, Object>> images = new ArrayList<>();
        for (StoredImage image : context.state().images().all()) {
            images.add(describe(image, now, request.publicBaseUrl()));
        }
        return FakeResponse.json(200, Json.object().with("images", images)
                .with("count", images.size()).with("bytes", context.state().images().totalBytes())
                .with("maxImages", ImageStore.MAX_IMAGES).with("maxBytes", ImageStore.MAX_TOTAL_BYTES)
                .with("maxUploadBytes", ImageStore.MAX_UPLOAD_BYTES));
    }

    public FakeResponse bytes(FakeRequest request) {
        String id = request.path().substring(ImagesEndpoint.DOWNLOAD_PREFIX.length());
        Optional<StoredImage> image = context.state().images().byId(id);
        if (image.isEmpty() || image.get().bytes() == null) {
            return RestErrors.error(404, null, "NOT_FOUND", "No uploaded image with this id");
        }
        String type = image.get().mediaType() != null ? image.get().mediaType() : "application/octet-stream";
        return FakeResponse.of(200, type, image.get().bytes()).withHeader("Cache-Control", "no-store")
                .withHeader("X-Content-Type-Options", "nosniff");
    }

    static Map<String, Object> describe(StoredImage image, Instant now, String base) {
        return Json.object().with("urn", image.urn()).with("owner", image.owner()).with("clientId", image.clientId())
                .with("status", image.status(now)).with("mediaType", image.mediaType())
                .with("width", image.width()).with("height", image.height()).with("size", image.size())
                .with("initializedAt", image.initializedAt().toString())
                .with("uploadedAt", image.uploadedAt() == null ? null : image.uploadedAt().toString())
                .with("failure", image.failure())
                .with("url", image.bytes() == null ? null : base + ImagesEndpoint.DOWNLOAD_PREFIX + image.id());
    }
}
