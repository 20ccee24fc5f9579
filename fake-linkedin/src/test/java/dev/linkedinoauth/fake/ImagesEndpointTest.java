package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Images API rows of the contract's §11.6 over plain HTTP, each by its real condition. */
@Timeout(60)
class ImagesEndpointTest {
    private static final FakeMember GRACE = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper")
            .email("grace@example.com").build();

    private FakeLinkedIn fake;
    private String ada;
    private String grace;
    private String version;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start(FakeConfig.builder().consent(Consent.INTERACTIVE).member(FakeMember.defaults())
                .member(GRACE).build());
        Flow flow = new Flow(fake);
        ada = flow.interactiveAccessToken(FakeMember.defaults().id(), Flow.DEFAULT_SCOPES);
        grace = flow.interactiveAccessToken(GRACE.id(), Flow.DEFAULT_SCOPES);
        version = YearMonth.now(ZoneOffset.UTC).minusMonths(2).toString().replace("-", "");
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private HttpResponse<String> initialize(String token, String owner) {
        return Http.postJson(fake.baseUrl() + "/rest/images?action=initializeUpload",
                "{\"initializeUploadRequest\":{\"owner\":\"" + owner + "\"}}", "Authorization", "Bearer " + token,
                "LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0");
    }

    /** initializeUpload and PUT a small PNG; returns the image URN. */
    private String upload(String token, String memberId) throws Exception {
        JsonNode value = Http.json(initialize(token, "urn:li:person:" + memberId)).get("value");
        HttpResponse<String> put = Http.send(Http.request(URI.create(value.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png())).build());
        assertThat(put.statusCode()).isEqualTo(201);
        return value.get("image").asText();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private HttpResponse<String> post(String token, String memberId, String content) {
        return Http.postJson(fake.baseUrl() + "/rest/posts", "{\"author\":\"urn:li:person:" + memberId
                + "\",\"commentary\":\"with content " + System.nanoTime() + "\",\"visibility\":\"PUBLIC\",\"distribution\":"
                + "{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],\"thirdPartyDistributionChannels\":[]},"
                + "\"lifecycleState\":\"PUBLISHED\",\"content\":" + content + "}", "Authorization", "Bearer " + token,
                "LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0");
    }

    private JsonNode status(String token, String urn) {
        return Http.json(Http.get(fake.baseUrl() + "/rest/images/" + Http.enc(urn), "Authorization", "Bearer " + token,
                "LinkedIn-Version", version, "X-Restli-Protocol-Version", "2.0.0"));
    }

    @Test
    void outcomesFromTheAdminJsonFailAnUploadsProcessingOrAnswerItsPutWithA5xx() throws Exception {
        var queued = Http.postJson(fake.baseUrl() + "/__fake/outcomes",
                "[{\"kind\":\"processingFailed\"},{\"endpoint\":\"imageUpload\",\"status\":503}]");
        assertThat(queued.statusCode()).as(queued.body()).isBetween(200, 299);

        String failed = upload(ada, FakeMember.defaults().id());   // accepted (201), then processing fails
        JsonNode value = Http.json(initialize(ada, "urn:li:person:" + FakeMember.defaults().id())).get("value");
        HttpResponse<String> put = Http.send(Http.request(URI.create(value.get("uploadUrl").asText()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(png())).build());

        assertThat(status(ada, failed).get("status").asText()).isEqualTo("PROCESSING_FAILED");
        assertThat(put.statusCode()).isEqualTo(503);
        assertThat(status(ada, value.get("image").asText()).get("status").asText()).isEqualTo("WAITING_UPLOAD");
        HttpResponse<String> posted = post(ada, FakeMember.defaults().id(), "{\"media\":{\"id\":\"" + failed + "\"}}");
        assertThat(posted.statusCode()).isEqualTo(400);
        assertThat(posted.body()).contains("not ready");
        assertThat(fake.posts()).isEmpty();
    }

    @Test
    void aProcessingFailureOutcomeAimedAtAnotherEndpointIsRefusedInOneLine() {
        var refused = Http.postJson(fake.baseUrl() + "/__fake/outcomes", "{\"kind\":\"processingFailed\",\"endpoint\":\"token\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("imageUpload").doesNotContain("Exception");
    }

    @Test
    void someoneElsesImageIsRefusedAsNotOwnedByTheAuthor() throws Exception {
        String graces = upload(grace, GRACE.id());

        HttpResponse<String> answer = post(ada, FakeMember.defaults().id(), "{\"media\":{\"id\":\"" + graces + "\"}}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Http.json(answer).get("message").asText()).contains("not owned by the author");
        assertThat(fake.posts()).isEmpty();
    }

    @Test
    void someoneElsesImageIsNotFoundOnReadAndInitializingForThemIs403() throws Exception {
        String graces = upload(grace, GRACE.id());

        HttpResponse<String> read = Http.get(fake.baseUrl() + "/rest/images/" + URLEncoder.encode(graces, StandardCharsets.UTF_8),
                "Authorization", "Bearer " + ada, "LinkedIn-Version", version);
        HttpResponse<String> init = initialize(ada, "urn:li:person:" + GRACE.id());

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(init.statusCode()).isEqualTo(403);
        assertThat(init.body()).isEqualTo("{\"message\":\"\",\"status\":403}");
    }

    @Test
    void theStatusIsReadEncodedOrRawAndTheBatchKeysByTheDecodedUrn() throws Exception {
        String mine = upload(ada, FakeMember.defaults().id());
        String encoded = URLEncoder.encode(mine, StandardCharsets.UTF_8);

        JsonNode one = Http.json(Http.get(fake.baseUrl() + "/rest/images/" + encoded, "Authorization", "Bearer " + ada,
                "LinkedIn-Version", version));
        JsonNode raw = Http.json(Http.get(fake.baseUrl() + "/rest/images/" + mine, "Authorization", "Bearer " + ada,
                "LinkedIn-Version", version));
        JsonNode batch = Http.json(Http.get(fake.baseUrl() + "/rest/images?ids=List(" + encoded
                + ",urn%3Ali%3Aimage%3AUnknown1)", "Authorization", "Bearer " + ada, "LinkedIn-Version", version));

        assertThat(one.get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(one.get("downloadUrl").asText()).startsWith(fake.baseUrl() + "/__fake/images/");
        assertThat(raw.get("id").asText()).isEqualTo(mine);
        assertThat(batch.get("results").has(mine)).isTrue();
        assertThat(batch.get("errors").get("urn:li:image:Unknown1").get("status").asInt()).isEqualTo(404);
    }

    @Test
    void twentyOneImagesAndTwoContentKindsAre422() throws Exception {
        String mine = upload(ada, FakeMember.defaults().id());
        StringBuilder images = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            images.append(i == 0 ? "" : ",").append("{\"id\":\"").append(mine).append("\"}");
        }

        HttpResponse<String> many = post(ada, FakeMember.defaults().id(), "{\"multiImage\":{\"images\":[" + images + "]}}");
        HttpResponse<String> both = post(ada, FakeMember.defaults().id(), "{\"media\":{\"id\":\"" + mine
                + "\"},\"article\":{\"source\":\"https://example.com\",\"title\":\"T\"}}");

        assertThat(many.statusCode()).isEqualTo(422);
        assertThat(Http.json(many).get("message").asText()).contains("ERROR :: /content/multiImage/images :: ").contains("not 21");
        assertThat(both.statusCode()).isEqualTo(422);
    }

    @Test
    void withoutTheProtocolHeaderInitializeUploadIs400AndABadOwner422() {
        HttpResponse<String> noProtocol = Http.postJson(fake.baseUrl() + "/rest/images?action=initializeUpload",
                "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:x\"}}", "Authorization", "Bearer " + ada,
                "LinkedIn-Version", version);
        HttpResponse<String> company = initialize(ada, "urn:li:company:1");

        assertThat(noProtocol.statusCode()).isEqualTo(400);
        assertThat(company.statusCode()).isEqualTo(422);
        assertThat(Http.json(company).get("message").asText()).startsWith("ERROR :: /initializeUploadRequest/owner :: ");
    }
}
