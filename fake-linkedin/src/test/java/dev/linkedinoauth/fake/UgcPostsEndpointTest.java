package dev.linkedinoauth.fake;

import static dev.linkedinoauth.fake.ApiAuthenticationTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §10 row POST /v2/ugcPosts (§7.3). */
@Timeout(30)
class UgcPostsEndpointTest {
    private FakeLinkedIn fake;
    private String token;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start();
        token = new Flow(fake).accessToken();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static String body(String author, String text, String visibility) {
        return """
                {"author":"%s","lifecycleState":"PUBLISHED",
                 "specificContent":{"com.linkedin.ugc.ShareContent":{"shareCommentary":{"text":"%s"},"shareMediaCategory":"NONE"}},
                 "visibility":%s}""".formatted(author, text, visibility);
    }

    static String body(String text) {
        return body("urn:li:person:AbC12dEf3G", text, "{\"com.linkedin.ugc.MemberNetworkVisibility\":\"PUBLIC\"}");
    }

    private HttpResponse<String> post(String json) {
        return Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), json, "Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0");
    }

    @Test
    void aShareIsCreatedWith201AndTheXRestLiIdHeaderWithoutAVersionHeader() {
        HttpResponse<String> response = post(body("Hello UGC"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("X-RestLi-Id").orElseThrow()).matches("urn:li:share:\\d{19}");
        assertThat(fake.state().posts()).singleElement().satisfies(p -> {
            assertThat(p.commentary()).isEqualTo("Hello UGC");
            assertThat(p.visibility()).isEqualTo("PUBLIC");
            assertThat(p.api()).isEqualTo("/v2/ugcPosts");
        });
    }

    @Test
    void aPlainStringVisibilityIsTheWrongShapeHere() {
        HttpResponse<String> response = post(body("urn:li:person:AbC12dEf3G", "x", "\"PUBLIC\""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).get("message").asText()).startsWith("ERROR :: /visibility :: ");
    }

    @Test
    void aMissingTextIs422() {
        HttpResponse<String> response = post("""
                {"author":"urn:li:person:AbC12dEf3G","lifecycleState":"PUBLISHED","specificContent":{"com.linkedin.ugc.ShareContent":
                {"shareMediaCategory":"NONE"}},"visibility":{"com.linkedin.ugc.MemberNetworkVisibility":"PUBLIC"}}""");
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).get("message").asText())
                .contains("/specificContent/com.linkedin.ugc.ShareContent/shareCommentary :: field is required");
    }

    @Test
    void withoutWMemberSocialIs403() {
        token = new Flow(fake).accessToken("openid profile");
        assertEnvelope(post(body("x")), 403, 100, "ACCESS_DENIED", "Not enough permissions to access: ugcPosts.CREATE.NO_VERSION");
    }

    @Test
    void aMissingProtocolHeaderIs400() {
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), body("x"), "Authorization", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void postingAsAnotherMemberIs403() {
        HttpResponse<String> response = post(body("urn:li:person:SomeoneEls", "x",
                "{\"com.linkedin.ugc.MemberNetworkVisibility\":\"PUBLIC\"}"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void duplicatesAreDetectedAcrossBothPostingApis() {
        HttpResponse<String> rest = Http.postJson(fake.url(LinkedInEndpoint.POSTS), PostsEndpointTest.body("urn:li:person:AbC12dEf3G", "Twice"),
                "Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0", "LinkedIn-Version", Versions.current());
        assertThat(rest.statusCode()).isEqualTo(201);
        HttpResponse<String> ugc = post(body("Twice"));
        assertThat(ugc.statusCode()).isEqualTo(422);
        assertThat(ugc.body()).contains("DUPLICATE_POST", rest.headers().firstValue("x-restli-id").orElseThrow());
    }
}
