package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.StoredImage;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A post's {@code content} on {@code /rest/posts} (§11.4, §11.6): its shape first (exactly one of
 * {@code media}, {@code multiImage}, {@code article}; 2 to 20 images; alt texts up to 4,086 characters; an
 * article with {@code source} and {@code title}) as 422 input errors, then every referenced image: known
 * (else 400 "not found"), the author's (else LinkedIn's observed 400 "not owned"), {@code AVAILABLE} (else 400
 * "media not ready"). The 422 and the two unobserved 400 texts are the contract's choices (UNCONFIRMED).
 */
final class PostContentCheck {
    static final int MAX_ALT_TEXT = 4086;
    static final String NOT_OWNED = "com.linkedin.publishing.util.common.ResponseException: One or more of the assets"
            + " is not owned by the author. All assets must be owned by the author";
    private static final Set<String> KINDS = Set.of("media", "multiImage", "article", "poll", "celebration", "reference");
    private static final Set<String> MEDIA_FIELDS = Set.of("id", "altText", "title", "taggedEntities");
    private static final Set<String> ARTICLE_FIELDS = Set.of("source", "title", "description", "thumbnail", "thumbnailAltText");

    private PostContentCheck() {
    }

    /** The image URNs the content references, in order, after recording shape problems in {@code checks}. */
    static List<String> shape(JsonChecks checks, JsonNode content) {
        List<String> urns = new ArrayList<>();
        if (content == null || content.isNull()) {
            return urns;
        }
        if (!content.isObject()) {
            checks.invalid("/content", "content is not a record");
            return urns;
        }
        List<String> kinds = new ArrayList<>();
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KINDS.contains(name)) {
                checks.invalid("/content/" + name, "unrecognized field found but not allowed");
            }
            kinds.add(name);
        }
        if (kinds.size() != 1) {
            checks.invalid("/content", "content must hold exactly one of media, multiImage, article; found "
                    + (kinds.isEmpty() ? "none" : String.join(", ", kinds)));
            return urns;
        }
        JsonNode media = content.get("media");
        if (media != null) {
            if (checks.object(content, "media", "/content/media") != null) {
                checks.onlyKnownFields(media, MEDIA_FIELDS, "/content/media/");
                image(checks, media, "/content/media", "altText", urns);
            }
        }
        JsonNode multi = content.get("multiImage");
        if (multi != null && checks.object(content, "multiImage", "/content/multiImage") != null) {
            JsonNode images = multi.get("images");
            if (images == null || !images.isArray()) {
                checks.invalid("/content/multiImage/images", "images is required and must be an array");
            } else if (images.size() < 2 || images.size() > 20) {
                checks.invalid("/content/multiImage/images", "a multi-image post has 2 to 20 images, not " + images.size());
            } else {
                for (int i = 0; i < images.size(); i++) {
                    String path = "/content/multiImage/images/" + i;
                    if (!images.get(i).isObject()) {
                        checks.invalid(path, "an image is a record with id and altText");
                    } else {
                        image(checks, images.get(i), path, "altText", urns);
                    }
                }
            }
        }
        JsonNode article = content.get("article");
        if (article != null && checks.object(content, "article", "/content/article") != null) {
            checks.onlyKnownFields(article, ARTICLE_FIELDS, "/content/article/");
            String source = checks.string(article, "source", "/content/article/source");
            if (source != null && !(source.startsWith("http://") || source.startsWith("https://"))) {
                checks.invalid("/content/article/source", "\"" + Html.truncate(source, 80) + "\" is not an http(s) URL");
            }
            checks.string(article, "title", "/content/article/title");
            altText(checks, article, "thumbnailAltText", "/content/article/thumbnailAltText");
            JsonNode thumbnail = article.get("thumbnail");
            if (thumbnail != null && !thumbnail.isNull()) {
                if (thumbnail.isTextual()) {
                    urns.add(thumbnail.textValue());
                } else {
                    checks.invalid("/content/article/thumbnail", "thumbnail is an image URN");
                }
            }
        }
        if (content.has("poll") || content.has("celebration") || content.has("reference")) {
            checks.invalid("/content", "the fake supports media, multiImage and article content only");
        }
        return urns;
    }

    private static void image(JsonChecks checks, JsonNode node, String path, String altField, List<String> urns) {
        String id = checks.string(node, "id", path + "/id");
        if (id != null) {
            urns.add(id);
        }
        altText(checks, node, altField, path + "/" + altField);
    }

    private static void altText(JsonChecks checks, JsonNode node, String field, String path) {
        JsonNode alt = node.get(field);
        if (alt != null && !alt.isNull()) {
            if (!alt.isTextual()) {
                checks.invalid(path, field + " is not a string");
            } else if (alt.textValue().length() > MAX_ALT_TEXT) {
                checks.invalid(path, field + " has " + alt.textValue().length() + " characters; at most " + MAX_ALT_TEXT);
            }
        }
    }

    /** The 400 for the first referenced image that is unknown, someone else's, or not {@code AVAILABLE}; empty when all are fine. */
    static Optional<FakeResponse> images(FakeContext context, String author, List<String> urns) {
        for (String urn : urns) {
            Optional<StoredImage> image = context.state().images().byUrn(urn);
            if (image.isEmpty()) {
                return Optional.of(badRequest("Media " + Html.truncate(urn, 80) + " not found"));
            }
            if (!image.get().owner().equals(author)) {
                return Optional.of(badRequest(NOT_OWNED));
            }
            String status = image.get().status(context.now());
            if (!status.equals("AVAILABLE")) {
                return Optional.of(badRequest("Media " + urn + " not ready: its status is " + status
                        + " (a post can use only AVAILABLE images)"));
            }
        }
        return Optional.empty();
    }

    private static FakeResponse badRequest(String message) {
        return FakeResponse.json(400, Json.object().with("message", message).with("status", 400))
                .withHeader("x-restli-error-response", "true");
    }
}
