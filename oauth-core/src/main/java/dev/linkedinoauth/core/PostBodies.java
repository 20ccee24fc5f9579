package dev.linkedinoauth.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.core.internal.JsonTrees;

import java.util.List;

/** The JSON bodies of a post, for the Posts API ({@code /rest/posts}) and the legacy UGC API. */
final class PostBodies {
    private PostBodies() {
    }

    /** {@code /rest/posts}: commentary in little text, visibility as a plain string, main-feed distribution. */
    static ObjectNode posts(String author, String commentary, Post.Visibility visibility) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("author", author);
        body.put("commentary", commentary);
        body.put("visibility", visibility.name());
        ObjectNode distribution = body.putObject("distribution");
        distribution.put("feedDistribution", "MAIN_FEED");
        distribution.putArray("targetEntities");
        distribution.putArray("thirdPartyDistributionChannels");
        body.put("lifecycleState", "PUBLISHED");
        body.put("isReshareDisabledByAuthor", false);
        return body;
    }

    /**
     * Adds {@code content} for images or an article; {@code urns} are the image URNs in the order of
     * {@link PostContent#images()} (uploaded, or given).
     */
    static ObjectNode withContent(ObjectNode body, PostContent content, List<String> urns) {
        if (content == null) {
            return body;
        }
        ObjectNode c = body.putObject("content");
        if (content instanceof PostContent.Image single) {
            ObjectNode media = c.putObject("media");
            media.put("id", urns.get(0));
            putIfPresent(media, "altText", single.image().altText());
            putIfPresent(media, "title", single.title());
        } else if (content instanceof PostContent.MultiImage multi) {
            ArrayNode images = c.putObject("multiImage").putArray("images");
            for (int i = 0; i < multi.images().size(); i++) {
                ObjectNode image = images.addObject();
                image.put("id", urns.get(i));
                putIfPresent(image, "altText", multi.images().get(i).altText());
            }
        } else if (content instanceof PostContent.Article article) {
            ObjectNode a = c.putObject("article");
            a.put("source", article.source().toString());
            a.put("title", article.title());
            putIfPresent(a, "description", article.description());
            if (article.thumbnail() != null) {
                a.put("thumbnail", urns.get(0));
                putIfPresent(a, "thumbnailAltText", article.thumbnail().altText());
            }
        }
        return body;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    /** {@code /v2/ugcPosts}: the text under {@code specificContent}, visibility as a MemberNetworkVisibility object. */
    static ObjectNode ugcPosts(String author, String text, Post.Visibility visibility) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("author", author);
        body.put("lifecycleState", "PUBLISHED");
        ObjectNode share = body.putObject("specificContent").putObject("com.linkedin.ugc.ShareContent");
        share.putObject("shareCommentary").put("text", text);
        share.put("shareMediaCategory", "NONE");
        body.putObject("visibility").put("com.linkedin.ugc.MemberNetworkVisibility", visibility.name());
        return body;
    }

    static String compact(ObjectNode body) {
        try {
            return JsonTrees.compact(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    static String pretty(ObjectNode body) {
        try {
            return JsonTrees.pretty(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }
}
