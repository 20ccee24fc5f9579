package dev.linkedinoauth.fake;

import static dev.linkedinoauth.fake.ApiAuthenticationTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.api.Posting;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §10 row POST /rest/posts (§7.2, §6). The fake's clock stands at 2026-06-15, so versions are fixed too. */
@Timeout(60)
class PostsEndpointTest {
    private static final Instant NOW = Instant.parse("2026-06-15T23:00:00Z");
    private static final FakeMember GRACE = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build();

    private FakeLinkedIn fake;
    private String token;

    @BeforeEach
    void start() {
        fake = Fakes.frozenAt(FakeConfig.builder().member(FakeMember.defaults()).member(GRACE).build(), NOW);
        token = new Flow(fake).accessToken();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    static String body(String author, String commentary) {
        return """
                {"author":"%s","commentary":"%s","visibility":"PUBLIC",
                 "distribution":{"feedDistribution":"MAIN_FEED","targetEntities":[],"thirdPartyDistributionChannels":[]},
                 "lifecycleState":"PUBLISHED","isReshareDisabledByAuthor":false}""".formatted(author, commentary);
    }

    private HttpResponse<String> post(String json, String version) {
        List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token, "X-Restli-Protocol-Version", "2.0.0"));
        if (version != null) {
            headers.addAll(List.of("LinkedIn-Version", version));
        }
        return Http.postJson(fake.url(LinkedInEndpoint.POSTS), json, headers.toArray(String[]::new));
    }

    private HttpResponse<String> post(String json) {
        return post(json, "202606");
    }

    @Test
    void aMemberPostIsCreatedWith201AnEmptyBodyAndTheUrnHeader() {
        HttpResponse<String> response = post(body("urn:li:person:AbC12dEf3G", "Hello LinkedIn API :-)"));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEmpty();
        String urn = response.headers().firstValue("x-restli-id").orElseThrow();
        assertThat(urn).matches("urn:li:share:7\\d{18}");
        ReceivedPost stored = fake.state().posts().get(0);
        assertThat(stored.urn()).isEqualTo(urn);
        assertThat(stored.author()).isEqualTo("urn:li:person:AbC12dEf3G");
        assertThat(stored.visibility()).isEqualTo("PUBLIC");
        assertThat(stored.api()).isEqualTo("/rest/posts");
        assertThat(stored.receivedAt()).isEqualTo(NOW);
        assertThat(stored.rawJson()).contains("\"isReshareDisabledByAuthor\":false");
    }

    @Test
    void aMissingVersionIs400VersionMissing() {
        assertEnvelope(post(body("urn:li:person:AbC12dEf3G", "x"), null), 400, null, "VERSION_MISSING",
                "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"2026-06", "20260601", "latest", "202613", "202606.1"})
    void aMalformedVersionIs400(String version) {
        HttpResponse<String> response = post(body("urn:li:person:AbC12dEf3G", "x"), version);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("code").asText()).isEqualTo("INVALID_VERSION");
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"202606", "202506", "202601.02", "202512"})
    void versionsOfTheLastTwelveMonthsAreActive(String version) {
        assertThat(post(body("urn:li:person:AbC12dEf3G", "v" + version), version).statusCode()).isEqualTo(201);
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"202505", "202302", "202607", "202505.03"})
    void aSunsetOrFutureVersionIs426WithTheVersionEchoedAsADate(String version) {
        assertEnvelope(post(body("urn:li:person:AbC12dEf3G", "x"), version), 426, null, "NONEXISTENT_VERSION",
                "Requested version " + version.substring(0, 6) + "01 is not active");
    }

    @Test
    void versionsAgeOutAsTheFakesClockMoves() {
        String current = YearMonth.from(NOW.atZone(ZoneOffset.UTC)).format(DateTimeFormatter.ofPattern("yyyyMM"));
        fake.clock().advance(Duration.ofDays(400));
        assertThat(post(body("urn:li:person:AbC12dEf3G", "x"), current).statusCode()).isEqualTo(401);
        // The token expired too (60 days); a fresh one shows the version itself is refused.
        token = new Flow(fake).accessToken();
        assertThat(post(body("urn:li:person:AbC12dEf3G", "x"), current).statusCode()).isEqualTo(426);
    }

    @Test
    void aMissingProtocolHeaderIs400WithAClearMessage() {
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.POSTS), body("urn:li:person:AbC12dEf3G", "x"),
                "Authorization", "Bearer " + token, "LinkedIn-Version", "202606");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("message").asText()).contains("X-Restli-Protocol-Version: 2.0.0");
        assertThat(response.headers().firstValue("x-restli-error-response")).hasValue("true");
    }

    @Test
    void withoutWMemberSocialIs403WithTheVersionedResource() {
        token = new Flow(fake).accessToken("openid profile");
        assertEnvelope(post(body("urn:li:person:AbC12dEf3G", "x"), "202604"), 403, 100, "ACCESS_DENIED",
                "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260401");
    }

    @Test
    void postingAsAnotherMemberIs403() {
        assertEnvelope(post(body("urn:li:person:GrH0pp3rXy", "x")), 403, 100, "ACCESS_DENIED",
                "Not enough permissions to access: partnerApiPostsExternal.CREATE.20260601");
    }

    @Test
    void postingAsAnOrganizationIs403ForAMemberApp() {
        assertThat(post(body("urn:li:organization:123", "x")).statusCode()).isEqualTo(403);
    }

    @Test
    void theSameTextTwiceIs422DuplicatePostNamingTheFirstPost() {
        String first = post(body("urn:li:person:AbC12dEf3G", "Same words")).headers().firstValue("x-restli-id").orElseThrow();
        HttpResponse<String> again = post(body("urn:li:person:AbC12dEf3G", "Same words"));
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.headers().firstValue("x-restli-error-response")).hasValue("true");
        assertThat(again.body()).isEqualTo("{\"errorDetailType\":\"com.linkedin.common.error.BadRequest\",\"message\":"
                + "\"com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of " + first
                + "\",\"errorDetails\":{\"inputErrors\":[{\"description\":\"Duplicate post is detected\",\"input\":{},"
                + "\"code\":\"DUPLICATE_POST\"}]},\"status\":422}");
    }

    @Test
    void theSameTextByAnotherMemberIsNotADuplicate() {
        try (FakeLinkedIn interactive = Fakes.frozenAt(FakeConfig.builder().consent(Consent.INTERACTIVE)
                .member(FakeMember.defaults()).member(GRACE).build(), NOW)) {
            Flow flow = new Flow(interactive);
            for (FakeMember member : List.of(FakeMember.defaults(), GRACE)) {
                String memberToken = flow.interactiveAccessToken(member.id(), Flow.DEFAULT_SCOPES);
                HttpResponse<String> response = Http.postJson(interactive.url(LinkedInEndpoint.POSTS), body(member.personUrn(), "Same words"),
                        "Authorization", "Bearer " + memberToken, "X-Restli-Protocol-Version", "2.0.0", "LinkedIn-Version", "202606");
                assertThat(response.statusCode()).as(member.id()).isEqualTo(201);
            }
            assertThat(interactive.state().posts()).extracting(ReceivedPost::author)
                    .containsExactly("urn:li:person:AbC12dEf3G", "urn:li:person:GrH0pp3rXy");
        }
    }

    @Test
    void missingFieldsAre422ListingEachOne() {
        HttpResponse<String> response = post("{\"author\":\"urn:li:person:AbC12dEf3G\"}");
        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = Http.json(response);
        assertThat(body.get("errorDetailType").asText()).isEqualTo("com.linkedin.common.error.BadRequest");
        assertThat(body.get("status").asInt()).isEqualTo(422);
        assertThat(body.get("message").asText()).contains(
                "ERROR :: /commentary :: field is required but not found and has no default value",
                "ERROR :: /visibility :: ", "ERROR :: /distribution :: ", "ERROR :: /lifecycleState :: ");
        assertThat(body.at("/errorDetails/inputErrors")).hasSize(4);
        assertThat(body.at("/errorDetails/inputErrors/0/input/inputPath/fieldPath").asText()).isEqualTo("/commentary");
    }

    @Test
    void theUgcVisibilityObjectIsTheWrongShapeHere() {
        String json = body("urn:li:person:AbC12dEf3G", "x").replace("\"visibility\":\"PUBLIC\"",
                "\"visibility\":{\"com.linkedin.ugc.MemberNetworkVisibility\":\"PUBLIC\"}");
        HttpResponse<String> response = post(json);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).get("message").asText()).startsWith("ERROR :: /visibility :: ");
    }

    @Test
    void anUnknownVisibilityIsNotAnEnumSymbol() {
        HttpResponse<String> response = post(body("urn:li:person:AbC12dEf3G", "x").replace("PUBLIC", "EVERYONE"));
        assertThat(Http.json(response).get("message").asText()).contains("\"EVERYONE\" is not an enum symbol");
    }

    @Test
    void anUnknownFieldIsRefused() {
        HttpResponse<String> response = post(body("urn:li:person:AbC12dEf3G", "x").replace("{\"author\"", "{\"text\":\"hi\",\"author\""));
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(Http.json(response).get("message").asText()).contains("/text :: unrecognized field");
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = {"not json", "[1,2]", "", "{\"author\":", "null"})
    void aBodyThatIsNotAJsonObjectIs400(String json) {
        HttpResponse<String> response = post(json);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).get("errorDetailType").asText()).isEqualTo("com.linkedin.common.error.BadRequest");
        assertThat(response.body()).doesNotContain("Exception", "jackson");
    }

    @Test
    void theHundredAndFiftyFirstRequestOfTheDayIs429UntilMidnightUtc() {
        for (int i = 1; i <= Posting.MEMBER_DAILY_LIMIT; i++) {
            assertThat(post(body("urn:li:person:AbC12dEf3G", "post " + i)).statusCode()).as("post %d", i).isEqualTo(201);
        }
        assertEnvelope(post(body("urn:li:person:AbC12dEf3G", "one too many")), 429, 101, "TOO_MANY_REQUESTS",
                "Resource level throttle limit for calls to this resource is reached.");
        fake.clock().advance(Duration.ofHours(1)); // 2026-06-16T00:00Z: a new UTC day
        assertThat(post(body("urn:li:person:AbC12dEf3G", "a new day")).statusCode()).isEqualTo(201);
    }
}
