package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The dashboard's content over HTTP; BrowserTest renders it in Chromium. */
@Timeout(30)
class DashboardTest {
    private static final FakeMember MALLORY = FakeMember.builder().id("M4ll0ry").givenName("<script>alert(1)</script>").familyName("O'Brien & Co").email("mallory@example.com").build();
    private final FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder()
            .app(FakeApp.builder().name("App <b>bold</b>").build()).member(MALLORY).build());
    private final Flow flow = new Flow(fake);

    @AfterEach
    void close() {
        fake.close();
    }

    private String dashboard() {
        HttpResponse<String> response = Http.get(fake.dashboardUrl());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return response.body();
    }

    @Test
    void listsAppsMembersTokensRequestsAndPosts() {
        String token = flow.accessToken();
        Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), UgcPostsEndpointTest.body("urn:li:person:M4ll0ry", "Hello dashboard",
                "{\"com.linkedin.ugc.MemberNetworkVisibility\":\"PUBLIC\"}"), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0");

        String page = dashboard();

        assertThat(page).contains("id=\"apps\"", "fake-client-id", "http://localhost:3000/callback")
                .contains("id=\"members\"", "M4ll0ry", "mallory@example.com")
                .contains("id=\"tokens\"", token.substring(0, 3) + "…" + token.substring(token.length() - 3))
                .contains("id=\"requests\"", "/oauth/v2/accessToken", "/v2/ugcPosts")
                .contains("id=\"posts\"", "Hello dashboard", "urn:li:share:");
    }

    @Test
    void showsTheNewestHundredTokensAndCountsTheRest() {
        for (int i = 0; i < 130; i++) {
            flow.accessToken();
        }

        String page = dashboard();

        assertThat(page.split("access 3L", -1)).hasSize(100 + 1);
        assertThat(page).contains("id=\"tokens-more\">and 30 older tokens not shown", "Tokens issued (newest first)");
    }

    @Test
    void listsTheUploadedImagesWithTheirStatusAndLinksToTheirBytes() throws Exception {
        String token = flow.accessToken();
        String version = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(2).toString().replace("-", "");
        var value = Http.json(Http.postJson(fake.baseUrl() + "/rest/images?action=initializeUpload",
                "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:" + MALLORY.id() + "\"}}",
                "Authorization", "Bearer " + token, "LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0"))
                .get("value");
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(7, 5, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        Http.send(Http.request(java.net.URI.create(value.get("uploadUrl").asText()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(png.toByteArray())).build());
        String waiting = Http.json(Http.postJson(fake.baseUrl() + "/rest/images?action=initializeUpload",
                "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:" + MALLORY.id() + "\"}}",
                "Authorization", "Bearer " + token, "LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0"))
                .get("value").get("image").asText();
        String id = value.get("image").asText().substring("urn:li:image:".length());

        String page = dashboard();

        assertThat(page).contains("id=\"images\"", "Images uploaded (newest first) <span class=\"badge muted-badge\">2</span>",
                "<a href=\"images/" + id + "\">", "AVAILABLE", "image/png 7×5", waiting, "WAITING_UPLOAD",
                "<a href=\"images\" id=\"images-link\">");
        assertThat(page.indexOf(waiting)).as("newest first").isLessThan(page.indexOf("images/" + id));
    }

    @Test
    void linksToTheFeed() {
        assertThat(dashboard()).contains("<a href=\"feed\" id=\"feed-link\">");
    }

    @Test
    void neverShowsASecretUnmasked() {
        String token = flow.accessToken();
        Http.get(URI.create(fake.url(LinkedInEndpoint.USERINFO) + "?oauth2_access_token=" + token));

        String page = dashboard();

        assertThat(page).doesNotContain(token, "fake-client-secret").contains("fak…ret");
    }

    @Test
    void escapesEveryValue() {
        String page = dashboard();

        assertThat(page).doesNotContain("<script>alert(1)</script>", "<b>bold</b>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "App &lt;b&gt;bold&lt;/b&gt;", "O&#39;Brien &amp; Co");
    }

    @Test
    void showsQueuedOutcomes() {
        fake.enqueue(Outcome.status(429).on(LinkedInEndpoint.TOKEN));

        assertThat(dashboard()).contains("id=\"outcomes\"", "&quot;status&quot;:429", "&quot;endpoint&quot;:&quot;token&quot;");
    }

    @Test
    void saysNoneYetForEmptySections() {
        assertThat(dashboard()).contains("none yet");
    }

    @Test
    void bareAdminPathRedirectsToTheDashboard() {
        HttpResponse<String> response = Http.get(URI.create(fake.baseUrl() + "/__fake"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValue(fake.dashboardUrl().toString());
    }
}
