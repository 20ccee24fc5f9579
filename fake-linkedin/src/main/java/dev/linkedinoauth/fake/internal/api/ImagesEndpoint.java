package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.state.StoredImage;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LinkedIn's Images API ({@code /rest/images}): {@code initializeUpload}, one image's status and the batch
 * get, with the contract's §11.6 answers. The bytes arrive through {@link ImageUploadEndpoint}.
 */
public final class ImagesEndpoint {
    /** Where the fake serves an image's bytes (its {@code downloadUrl}); the id follows. */
    public static final String DOWNLOAD_PREFIX = "/__fake/images/";
    private static final Pattern OWNER = Pattern.compile("urn:li:(person|organization):([A-Za-z0-9_-]*)");
    /** How long a {@code downloadUrl} is said to work; the fake serves the bytes as long as it keeps them. */
    private static final long DOWNLOAD_URL_MILLIS = 12 * 3_600_000L;

    private final FakeContext context;

    public ImagesEndpoint(FakeContext context) {
        this.context = context;
    }

    /** {@code POST /rest/images?action=initializeUpload}. */
    public FakeResponse initializeUpload(FakeRequest request, IssuedToken token) {
        RestVersion version = RestVersion.of(request, context);
        if (version instanceof RestVersion.Refused refused) {
            return refused.response();
        }
        String echoed = ((RestVersion.Active) version).echoed();
        String protocol = request.header("X-Restli-Protocol-Version");
        if (protocol == null || !protocol.trim().equals("2.0.0")) {
            return RestErrors.error(400, null, "PROTOCOL_VERSION_MISSING",
                    "This resource requires the header X-Restli-Protocol-Version: 2.0.0 (the Rest.li 2.0 protocol)");
        }
        if (!"initializeUpload".equals(request.queryParam("action"))) {
            return RestErrors.error(400, null, null, "Unsupported action \""
                    + Html.truncate(String.valueOf(request.queryParam("action")), 40) + "\"; images support action=initializeUpload");
        }
        if (token.memberId() == null || !token.hasScope("w_member_social")) {
            return RestErrors.accessDenied("images.ACTION." + echoed);
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (java.io.IOException e) {
            body = null;
        }
        JsonNode owner = body == null || !body.isObject() ? null : body.path("initializeUploadRequest").get("owner");
        if (owner == null || !owner.isTextual()) {
            return ownerInvalid("field is required but not found and has no default value");
        }
        var matcher = OWNER.matcher(owner.textValue());
        if (!matcher.matches()) {
            return ownerInvalid("\"" + Html.truncate(owner.textValue(), 80) + "\" is not a person or organization URN");
        }
        // An empty person id (the token lacked openid), another member, or an organization the fake gives no role on.
        if (!owner.textValue().equals("urn:li:person:" + token.memberId())) {
            return FakeResponse.json(403, Json.object().with("message", "").with("status", 403))
                    .withHeader("x-restli-error-response", "true");
        }
        StoredImage image = context.state().images().initialize(owner.textValue(), token.clientId(), context.now());
        String url = request.publicBaseUrl() + ImageUploadEndpoint.PREFIX + image.id() + "/uploaded-image/0?ut="
                + image.uploadToken();
        return FakeResponse.json(200, Json.object().with("value", Json.object()
                .with("uploadUrlExpiresAt", image.uploadUrlExpiresAt().toEpochMilli())
                .with("uploadUrl", url)
                .with("image", image.urn())));
    }

    /** {@code GET /rest/images/{urn}}, the URN encoded ({@code urn%3Ali%3Aimage%3A…}) or raw. */
    public FakeResponse get(FakeRequest request, IssuedToken token) {
        Optional<FakeResponse> refused = readRefused(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String urn = URLDecoder.decode(request.path().substring("/rest/images/".length()), StandardCharsets.UTF_8);
        Optional<StoredImage> image = visible(urn, token);
        return image.isPresent() ? FakeResponse.json(200, details(image.get(), request.publicBaseUrl()))
                : notFound();
    }

    /** {@code GET /rest/images?ids=List(urn%3Ali%3Aimage%3AA,…)}: results, statuses and errors keyed by the decoded URN. */
    public FakeResponse batchGet(FakeRequest request, IssuedToken token) {
        Optional<FakeResponse> refused = readRefused(request);
        if (refused.isPresent()) {
            return refused.get();
        }
        String ids = request.rawQuery() == null ? null : rawParam(request.rawQuery(), "ids");
        if (ids == null || !ids.startsWith("List(") || !ids.endsWith(")")) {
            return RestErrors.error(400, null, null, "ids must be List(urn,…) with each URN URL-encoded");
        }
        List<String> urns = new ArrayList<>();
        for (String part : ids.substring(5, ids.length() - 1).split(",", -1)) {
            if (!part.isBlank()) {
                urns.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
            }
        }
        if (urns.size() > 100) {
            return RestErrors.error(400, null, null, "at most 100 ids in one batch get");
        }
        Json.Obj results = Json.object();
        Json.Obj statuses = Json.object();
        Json.Obj errors = Json.object();
        for (String urn : urns) {
            Optional<StoredImage> image = visible(urn, token);
            if (image.isPresent()) {
                results.with(urn, details(image.get(), request.publicBaseUrl()));
                statuses.with(urn, 200);
            } else {
                statuses.with(urn, 404);
                errors.with(urn, Json.object().with("status", 404).with("code", "NOT_FOUND")
                        .with("message", "Could not find entity"));
            }
        }
        return FakeResponse.json(200, Json.object().with("results", results).with("statuses", statuses)
                .with("errors", errors));
    }

    private Optional<FakeResponse> readRefused(FakeRequest request) {
        RestVersion version = RestVersion.of(request, context);
        if (version instanceof RestVersion.Refused refused) {
            return Optional.of(refused.response());
        }
        if (context.config().imageReadForbidden()) {
            return Optional.of(RestErrors.accessDenied("images.GET." + ((RestVersion.Active) version).echoed()));
        }
        return Optional.empty();
    }

    /** The image, if it exists and belongs to the token's member (another owner's is "not found", UNCONFIRMED). */
    private Optional<StoredImage> visible(String urn, IssuedToken token) {
        return context.state().images().byUrn(urn)
                .filter(image -> image.owner().equals("urn:li:person:" + token.memberId()));
    }

    private Map<String, Object> details(StoredImage image, String base) {
        Instant now = context.now();
        String status = image.status(now);
        Json.Obj details = Json.object().with("id", image.urn()).with("owner", image.owner()).with("status", status);
        if (status.equals("AVAILABLE")) {
            details.with("downloadUrl", base + DOWNLOAD_PREFIX + image.id())
                    .with("downloadUrlExpiresAt", now.toEpochMilli() + DOWNLOAD_URL_MILLIS);
            if (image.width() > 0 && image.height() > 0) {
                details.with("aspectRatioWidth", (double) image.width()).with("aspectRatioHeight", (double) image.height());
            }
        }
        return details;
    }

    private static FakeResponse notFound() {
        return RestErrors.error(404, null, "NOT_FOUND", "Could not find entity");
    }

    private static FakeResponse ownerInvalid(String why) {
        return RestErrors.validation(422, List.of(new RestErrors.InputError("/initializeUploadRequest/owner",
                "INVALID_VALUE", why)));
    }

    /** A query parameter still encoded: the batch's {@code List(…)} syntax must be split before decoding. */
    private static String rawParam(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
