package dev.linkedinoauth.fake.model;

import dev.linkedinoauth.fake.internal.text.LittleTextReader;
import java.time.Instant;

/**
 * A post the fake accepted, kept as received so that a test can check what its code posted.
 *
 * <pre>{@code
 * ReceivedPost post = fake.posts().get(0);
 * assertThat(post.commentary()).isEqualTo("Hello from the API");
 * }</pre>
 *
 * @param urn        the URN the fake answered with, {@code urn:li:share:…}
 * @param api        {@code /rest/posts} or {@code /v2/ugcPosts}
 * @param clientId   the app whose token posted it
 * @param author     the author URN, {@code urn:li:person:…}
 * @param commentary the text exactly as received (for UGC posts, {@code shareCommentary.text}); what LinkedIn
 *                   keeps and shows of it is {@link #keptCommentary()} and {@link #shownText()}
 * @param visibility the visibility as sent: a string for /rest/posts, the MemberNetworkVisibility value for UGC
 * @param rawJson    the request body as received
 * @param receivedAt when the fake accepted it, on its own clock
 */
public record ReceivedPost(String urn, String api, String clientId, String author, String commentary, String visibility,
                           String rawJson, Instant receivedAt) {

    /**
     * The text as LinkedIn's feed shows it. For {@code /rest/posts} the commentary is little text: escapes
     * resolved, mentions shown as their names, and cut at the first unescaped reserved character, as LinkedIn
     * silently does. For {@code /v2/ugcPosts} the text is plain and shown as sent.
     */
    public String shownText() {
        return reading().shownText();
    }

    /** What LinkedIn keeps of the commentary: all of it, unless an unescaped reserved character cut it there. */
    public String keptCommentary() {
        return reading().kept();
    }

    /** True when LinkedIn would have cut the text at an unescaped reserved character (see {@link #shownText()}). */
    public boolean truncated() {
        return reading().truncated();
    }

    /**
     * The kind of {@code content} sent: {@code "media"} (one image), {@code "multiImage"}, {@code "article"}
     * (a link card), or {@code "none"} for a text post.
     */
    public String contentKind() {
        com.fasterxml.jackson.databind.JsonNode content = content();
        if (content == null || !content.isObject() || content.size() == 0) {
            return "none";
        }
        return content.fieldNames().next();
    }

    /** The images the post references, in order: the one {@code media}, each {@code multiImage} image, or an article's thumbnail. */
    public java.util.List<ReceivedMedia> media() {
        java.util.List<ReceivedMedia> media = new java.util.ArrayList<>();
        com.fasterxml.jackson.databind.JsonNode content = content();
        if (content == null) {
            return media;
        }
        com.fasterxml.jackson.databind.JsonNode single = content.path("media");
        if (single.isObject()) {
            media.add(new ReceivedMedia(single.path("id").asText(null), single.path("altText").asText(null)));
        }
        for (com.fasterxml.jackson.databind.JsonNode image : content.path("multiImage").path("images")) {
            media.add(new ReceivedMedia(image.path("id").asText(null), image.path("altText").asText(null)));
        }
        com.fasterxml.jackson.databind.JsonNode article = content.path("article");
        if (article.path("thumbnail").isTextual()) {
            media.add(new ReceivedMedia(article.path("thumbnail").textValue(), article.path("thumbnailAltText").asText(null)));
        }
        return media;
    }

    /** The article (link card) sent, or empty for other posts. */
    public java.util.Optional<ReceivedArticle> article() {
        com.fasterxml.jackson.databind.JsonNode content = content();
        com.fasterxml.jackson.databind.JsonNode article = content == null ? null : content.get("article");
        if (article == null || !article.isObject()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new ReceivedArticle(article.path("source").asText(null),
                article.path("title").asText(null), article.path("description").asText(null),
                article.path("thumbnail").asText(null), article.path("thumbnailAltText").asText(null)));
    }

    /** The title of a single-image post ({@code content.media.title}), or null. */
    public String mediaTitle() {
        com.fasterxml.jackson.databind.JsonNode content = content();
        return content == null ? null : content.path("media").path("title").asText(null);
    }

    private com.fasterxml.jackson.databind.JsonNode content() {
        if (rawJson == null || !rawJson.contains("\"content\"")) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode body = dev.linkedinoauth.fake.internal.text.Json.mapper().readTree(rawJson);
            return body == null ? null : body.get("content");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private LittleTextReader.Reading reading() {
        return LittleTextReader.of(api, commentary);
    }
}
