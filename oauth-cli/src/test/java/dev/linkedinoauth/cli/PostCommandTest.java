package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.core.LittleText;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code post} in-process against the fake, after a real {@code login}; posts read back over /__fake/posts. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PostCommandTest {

    /** Every reserved character of little text, the guide's smiley, quotes, a second line. */
    static final String RESERVED_TEXT = "Hello LinkedIn API :-) \\ | {braces} @at [brackets] (parens) <angle> #hash "
            + "*star* _under_ ~tilde~ \"quotes\" & 100% ümlaut 🚀\nsecond line";

    @TempDir
    Path dir;

    private FakeFixture fixture;

    @BeforeEach
    void startFakeAndLogIn() {
        fixture = FakeFixture.start(Consent.AUTO);
        var login = fixture.runner(dir).run("login");
        assertThat(login.exitCode()).as(login.toString()).isZero();
    }

    @AfterEach
    void stopFake() {
        fixture.close();
    }

    private CliRunner.Result post(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "post";
        System.arraycopy(args, 0, all, 1, args.length);
        return fixture.runner(dir).run(all);
    }

    /** The fake's /__fake/posts over HTTP, as any client would read it. */
    static JsonNode fakePosts(String baseUrl) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/__fake/posts")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(response.body()).get("posts");
    }

    private String storedToken() {
        StoredToken stored = TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json"))
                .load(FakeFixture.CLIENT_ID).orElseThrow();
        return stored.accessToken();
    }

    // --- success -------------------------------------------------------------------------------------

    @Test
    void textFullOfReservedCharactersIsReadBackFromTheFakeUnchanged() throws Exception {
        var result = post(RESERVED_TEXT);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode post = fakePosts(fixture.baseUrl()).get(0);
        assertThat(post.get("text").asText()).isEqualTo(RESERVED_TEXT);
        assertThat(post.get("truncated").asBoolean()).isFalse();
        assertThat(post.get("commentary").asText()).isEqualTo(LittleText.escape(RESERVED_TEXT));
        assertThat(post.get("author").asText()).isEqualTo("urn:li:person:AbC12dEf3G");
    }

    @Test
    void stdoutCarriesTheUrnAndStderrTheUrl() throws Exception {
        var result = post("Hello LinkedIn API :-)");

        String urn = fakePosts(fixture.baseUrl()).get(0).get("urn").asText();
        assertThat(result.out()).isEqualTo(urn + System.lineSeparator());
        assertThat(result.err()).contains("Posted to LinkedIn as Ada Example (public): " + fixture.baseUrl() + "/__fake/feed#" + urn);
    }

    @Test
    void aDashReadsTheTextFromStdin() throws Exception {
        var result = fixture.runner(dir).stdin("From stdin (two lines)\nsecond :-)\n").run("post", "-");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(fakePosts(fixture.baseUrl()).get(0).get("text").asText()).isEqualTo("From stdin (two lines)\nsecond :-)");
    }

    @Test
    void jsonPrintsTheUrnAndTheUrl() throws Exception {
        var result = post("As JSON", "--json");

        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("urn").asText()).startsWith("urn:li:share:");
        assertThat(json.get("url").asText()).isEqualTo(fixture.baseUrl() + "/__fake/feed#" + json.get("urn").asText());
    }

    @Test
    void visibilityConnectionsIsSent() throws Exception {
        post("For my network", "--visibility", "connections");

        assertThat(fakePosts(fixture.baseUrl()).get(0).get("visibility").asText()).isEqualTo("CONNECTIONS");
    }

    @Test
    void rawSendsMentionsAndHashtagsThatTheFeedShows() throws Exception {
        var result = post("Thanks @[ACME](urn:li:organization:123) #java", "--raw");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode post = fakePosts(fixture.baseUrl()).get(0);
        assertThat(post.get("commentary").asText()).isEqualTo("Thanks @[ACME](urn:li:organization:123) #java");
        assertThat(post.get("text").asText()).isEqualTo("Thanks ACME #java");
    }

    @Test
    void ugcUsesTheLegacyApi() throws Exception {
        var result = post("Legacy (UGC) :-)", "--ugc");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode post = fakePosts(fixture.baseUrl()).get(0);
        assertThat(post.get("api").asText()).isEqualTo("/v2/ugcPosts");
        assertThat(post.get("text").asText()).isEqualTo("Legacy (UGC) :-)");
    }

    @Test
    void aPinnedRecentVersionIsSent() {
        String version = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMM"));

        var result = post("Pinned", "--linkedin-version", version);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(fixture.fake.verify(dev.linkedinoauth.fake.model.RequestPattern.to(LinkedInEndpoint.POSTS))
                .header("LinkedIn-Version")).isEqualTo(version);
    }

    @Test
    void dryRunPrintsTheRequestWithTheTokenMaskedAndSendsNothing() throws Exception {
        var result = post("Hello LinkedIn API :-)", "--dry-run");

        String token = storedToken();
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("POST " + fixture.baseUrl() + "/rest/posts\n")
                .contains("Authorization: Bearer " + token.substring(0, 3) + "…" + token.substring(token.length() - 3),
                        "LinkedIn-Version: ", "X-Restli-Protocol-Version: 2.0.0",
                        "\"author\" : \"urn:li:person:AbC12dEf3G\"", "\"commentary\" : \"Hello LinkedIn API :-\\\\)\"")
                .doesNotContain(token);
        assertThat(result.err()).contains("nothing was sent");
        assertThat(fakePosts(fixture.baseUrl())).isEmpty();
    }

    // --- usage errors (exit 2) -------------------------------------------------------------------------

    @Test
    void anEmptyTextIsAUsageError() {
        var result = post("   ");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("linkedin-oauth post: the post text is empty");
    }

    @Test
    void anAuthorThatIsNotAUrnIsAUsageError() {
        var result = post("x", "--as", "ACME");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--as takes an author URN");
    }

    @Test
    void aMalformedVersionIsAUsageError() {
        var result = post("x", "--linkedin-version", "2026-01");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--linkedin-version takes YYYYMM");
    }

    @Test
    void anUnknownVisibilityIsAUsageError() {
        var result = post("x", "--visibility", "friends");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--visibility");
    }

    @Test
    void withoutTextItIsAUsageError() {
        assertThat(post().exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    // --- not logged in (exit 3) ----------------------------------------------------------------------

    @Test
    void withoutAStoredTokenItExitsThree() {
        var result = fixture.runner(dir).env("XDG_CONFIG_HOME", dir.resolve("empty").toString()).run("post", "x");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("not logged in", "run linkedin-oauth login");
    }

    @Test
    void aTokenLinkedInSaysHasExpiredExitsThree() {
        fixture.fake.clock().advance(Duration.ofDays(61));

        var result = post("Too late");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(result.err()).contains("HTTP 401 (EXPIRED_ACCESS_TOKEN, serviceErrorCode 65602)",
                "What to do: run linkedin-oauth login");
    }

    // --- LinkedIn refuses (exit 5), by real conditions ------------------------------------------------

    @Test
    void aTokenWithoutWMemberSocialExitsFiveNamingTheScope() {
        var login = fixture.runner(dir).run("login", "--scope", "openid profile");
        assertThat(login.exitCode()).isZero();

        var result = post("No scope");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 403 (ACCESS_DENIED", "partnerApiPostsExternal.CREATE",
                "What to do: log in again with the w_member_social scope");
    }

    @Test
    void theSameTextTwiceExitsFiveAsADuplicate() {
        post("Only once");

        var result = post("Only once");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 422 (DUPLICATE_POST)", "What to do: change the text");
    }

    @Test
    void aRetiredVersionExitsFiveSayingHowToPickANewerOne() {
        var result = post("Old", "--linkedin-version", "202001");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 426 (NONEXISTENT_VERSION)", "Requested version 20200101 is not active",
                "What to do: pass --linkedin-version YYYYMM with a month from the last twelve");
    }

    @Test
    void postingAsAnOrganizationWithoutTheRoleExitsFive() {
        var result = post("As a page", "--as", "urn:li:organization:123");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 403", "w_organization_social");
    }

    // --- each error scripted on the fake ---------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource({
        "EXPIRED_ACCESS_TOKEN, 3, 'HTTP 401 (EXPIRED_ACCESS_TOKEN, serviceErrorCode 65602)', run linkedin-oauth login",
        "REVOKED_ACCESS_TOKEN, 3, 'HTTP 401 (REVOKED_ACCESS_TOKEN, serviceErrorCode 65601)', run linkedin-oauth login",
        "INVALID_ACCESS_TOKEN, 3, 'HTTP 401 (INVALID_ACCESS_TOKEN, serviceErrorCode 65600)', run linkedin-oauth login",
        "EMPTY_ACCESS_TOKEN, 3, 'HTTP 401 (serviceErrorCode 401)', run linkedin-oauth login",
        "ACCESS_DENIED, 5, 'HTTP 403 (ACCESS_DENIED, serviceErrorCode 100)', w_member_social",
        "DUPLICATE_POST, 5, 'HTTP 422 (DUPLICATE_POST)', change the text",
        "NONEXISTENT_VERSION, 5, 'HTTP 426 (NONEXISTENT_VERSION)', --linkedin-version YYYYMM",
    })
    void aScriptedErrorGivesItsExitCodeAndAHint(LinkedInError error, int exitCode, String status, String hint) {
        fixture.fake.enqueue(Outcome.error(error).on(LinkedInEndpoint.POSTS));

        var result = post("Scripted");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
        assertThat(result.err()).startsWith("linkedin-oauth post: Publishing the post failed: LinkedIn answered " + status)
                .contains("What to do: ", hint);
        assertThat(result.err().lines()).hasSize(1);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aQuotaStillUsedUpAfterTheRetriesExitsFive() {
        fixture.fake.enqueue(Outcome.error(LinkedInError.TOO_MANY_REQUESTS).retryAfter(Duration.ZERO)
                .on(LinkedInEndpoint.POSTS).times(4));

        var result = post("Quota");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(result.err()).contains("HTTP 429 (TOO_MANY_REQUESTS, serviceErrorCode 101)", "after 00:00 UTC");
        assertThat(fixture.fake.posts()).isEmpty();
    }

    @Test
    void noErrorLineCarriesTheToken() {
        fixture.fake.clock().advance(Duration.ofDays(61));

        assertThat(post("x", "--verbose").err()).doesNotContain(storedToken());
    }
}
