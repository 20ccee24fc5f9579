package dev.linkedinoauth.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON bodies of a text post, for the Posts API ({@code /rest/posts}) and the legacy UGC API. */
final class PostBodies {
    private PostBodies() {
    }

    /** {@code /rest/posts}: commentary in little text, visibility as a plain string, main-feed distribution. */
    static ObjectNode posts(String author, String commentary, Post.Visibility visibility) {
        ObjectNode body = Json.MAPPER.createObjectNode();
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

    /** {@code /v2/ugcPosts}: the text under {@code specificContent}, visibility as a MemberNetworkVisibility object. */
    static ObjectNode ugcPosts(String author, String text, Post.Visibility visibility) {
        ObjectNode body = Json.MAPPER.createObjectNode();
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
            return Json.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }

    static String pretty(ObjectNode body) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serializes", e);
        }
    }
}
