package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.Endpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.ImageStore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code PUT /dms-uploads/{id}/uploaded-image/0?ut=…}, the one-time upload URL {@code initializeUpload}
 * returned (LinkedIn's is on {@code www.linkedin.com/dms-uploads/}). With or without a Bearer token, any
 * {@code Content-Type}: 201 and an empty body for the first PUT before the URL expires; 400 and an empty
 * body for an unknown id or {@code ut}, an expired URL or a second PUT (UNCONFIRMED, the contract's choice).
 */
public final class ImageUploadEndpoint implements Endpoint {
    public static final String PREFIX = "/dms-uploads/";
    private static final Pattern PATH = Pattern.compile("/dms-uploads/([A-Za-z0-9_-]+)/uploaded-image/0");

    private final FakeContext context;

    public ImageUploadEndpoint(FakeContext context) {
        this.context = context;
    }

    /** The image id of an upload path, or null. */
    public static String imageId(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }

    @Override
    public FakeResponse handle(FakeRequest request) {
        String id = imageId(request.path());
        if (id == null) {
            return FakeResponse.empty(404);
        }
        ImageStore.PutResult result = context.state().images().put(id, request.queryParam("ut"), request.body(),
                context.now(), context.config().imageProcessingDelay(), false);
        return FakeResponse.empty(result == ImageStore.PutResult.STORED ? 201 : 400);
    }
}
