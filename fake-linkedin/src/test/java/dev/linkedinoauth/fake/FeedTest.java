package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.fake.internal.api.UgcPostsEndpoint;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /__fake/feed} and the little-text fields of {@code /__fake/posts}, over HTTP. */
@Timeout(60)
class FeedTest {
    private static final Instant NOW = Instant.parse("2026-06-15T10:00:00Z");

    private FakeLinkedIn fake;
    private String token;

    @BeforeEach
    void start() {
        fake = Fakes.frozenAt(FakeConfig.defaults(), NOW);
        token = new Flow(fake).accessToken();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private void post(String commentary) {
        ObjectNode body = Http.JSON.createObjectNode().put("author", "urn:li:person:AbC12dEf3G").put("commentary", commentary)
                .put("visibility", "PUBLIC").put("lifecycleState", "PUBLISHED");
        body.putObject("distribution").put("feedDistribution", "MAIN_FEED");
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.POSTS), body.toString(), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0", "LinkedIn-Version", "202605");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private void postUgc(String text) {
        ObjectNode body = Http.JSON.createObjectNode().put("author", "urn:li:person:AbC12dEf3G").put("lifecycleState", "PUBLISHED");
        ObjectNode share = body.putObject("specificContent").putObject(UgcPostsEndpoint.SHARE_CONTENT);
        share.putObject("shareCommentary").put("text", text);
        share.put("shareMediaCategory", "NONE");
        body.putObject("visibility").put(UgcPostsEndpoint.NETWORK_VISIBILITY, "CONNECTIONS");
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), body.toString(), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private String feed() {
        HttpResponse<String> response = Http.get(fake.feedUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        return response.body();
    }

    @Test
    void anEmptyFeedSaysSo() {
        assertThat(feed()).contains("id=\"no-posts\"");
    }

    @Test
    void aPostShowsTheAuthorsNameAndTheTextAsLinkedInReadsIt() {
        post("Hello LinkedIn API :-\\) with \\#no-tag and a \\\\ backslash");

        String page = feed();

        assertThat(page).contains("<div class=\"post-author\">Ada Example</div>",
                "<p class=\"post-text\">Hello LinkedIn API :-) with #no-tag and a \\ backslash</p>",
                "Anyone · 2026-06-15 10:00 UTC")
                .doesNotContain("class=\"truncated\"");
    }

    @Test
    void aCutPostShowsOnlyWhatLinkedInKeepsAndSaysWhere() {
        post("Hello LinkedIn API :-) and everything after");

        String page = feed();

        assertThat(page).contains("<p class=\"post-text\">Hello LinkedIn API :-</p>", "id=\"post-1-truncated\"",
                "unescaped <code>)</code> (character 22 of 43)",
                "<code class=\"post-commentary\">Hello LinkedIn API :-) and everything after</code>");
    }

    @Test
    void textIsEscapedAsHtml() {
        post("\\<script\\>alert\\(1\\)\\</script\\> & \"quotes\"");

        String page = feed();

        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;").doesNotContain("<script>");
    }

    @Test
    void mentionsAndHashtagsAreShownAsLinkedInShowsThem() {
        post("Thanks @[ACME](urn:li:organization:123) #java");

        assertThat(feed()).contains("Thanks <span class=\"mention\" title=\"urn:li:organization:123\">ACME</span> "
                + "<span class=\"hashtag\">#java</span>");
    }

    @ParameterizedTest(name = "a mention of {0} characters")
    @ValueSource(ints = {3_000, 1_000_000})
    void aLongMentionIsAcceptedAndBothPagesRender(int length) {
        String name = "n".repeat(length);
        post("@[" + name + "](urn:li:person:x)");

        HttpResponse<String> posts = Http.get(URI.create(fake.baseUrl() + "/__fake/posts"));

        assertThat(feed()).contains(name);
        assertThat(posts.statusCode()).isEqualTo(200);
        assertThat(Http.json(posts).at("/posts/0/text").asText()).isEqualTo(name);
        assertThat(Http.json(posts).at("/posts/0/truncated").asBoolean()).isFalse();
    }

    @Test
    void everyPostsAnchorIsItsUrn() {
        post("Anchored");

        String urn = fake.posts().get(0).urn();

        assertThat(feed()).contains("<article class=\"post\" id=\"" + urn + "\"");
    }

    @Test
    void ugcTextIsPlainAndShownAsSent() {
        postUgc("UGC (plain) text #1 :-)");

        assertThat(feed()).contains("<p class=\"post-text\">UGC (plain) text #1 :-)</p>", "Connections only");
        assertThat(fake.posts().get(0).truncated()).isFalse();
    }

    @Test
    void newestPostComesFirst() {
        post("first");
        post("second");

        String page = feed();

        assertThat(page.indexOf("second")).isLessThan(page.indexOf("first"));
    }

    @Test
    void postsJsonKeepsTheCommentaryAsReceivedAndWhatLinkedInKeepsAndShows() {
        post("Cut here( and the rest");
        post("Kept \\(whole\\)");

        JsonNode posts = Http.json(Http.get(URI.create(fake.baseUrl() + "/__fake/posts"))).get("posts");

        assertThat(posts.get(0).get("commentary").asText()).isEqualTo("Cut here( and the rest");
        assertThat(posts.get(0).get("keptCommentary").asText()).isEqualTo("Cut here");
        assertThat(posts.get(0).get("text").asText()).isEqualTo("Cut here");
        assertThat(posts.get(0).get("truncated").asBoolean()).isTrue();
        assertThat(posts.get(1).get("commentary").asText()).isEqualTo("Kept \\(whole\\)");
        assertThat(posts.get(1).get("text").asText()).isEqualTo("Kept (whole)");
        assertThat(posts.get(1).get("truncated").asBoolean()).isFalse();
    }

    @Test
    void theJavaApiShowsTheSameAsTheFeed() {
        post("a \\_b\\_ c");

        ReceivedPost post = fake.posts().get(0);

        assertThat(post.commentary()).isEqualTo("a \\_b\\_ c");
        assertThat(post.shownText()).isEqualTo("a _b_ c");
        assertThat(post.keptCommentary()).isEqualTo(post.commentary());
    }
}
