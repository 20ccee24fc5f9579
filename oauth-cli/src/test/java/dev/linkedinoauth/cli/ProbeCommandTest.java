package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.core.TokenStore;
import dev.linkedinoauth.core.probe.Probes;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code probe} against the embedded fake: all rows match; scripted deviations are exactly the rows reported. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProbeCommandTest {

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

    private String storedToken() {
        return TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json")).load(FakeFixture.CLIENT_ID).orElseThrow()
                .accessToken();
    }

    @Test
    void afterLoginEveryProbeMatchesTheFakeOrIsSkippedForAScopeAndTheExitIsZero() {
        var result = fixture.runner(dir).run("probe", "--spacing", "1ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        for (var probe : Probes.all()) {
            assertThat(result.out()).contains(probe.id());
        }
        assertThat(result.out()).contains(" 0 drift, ").doesNotContain("drift:")
                .contains("skipped: needs a token without w_member_social (this one has it)");
        assertThat(result.err()).contains("Probing " + fixture.baseUrl() + "/oauth/.well-known/openid-configuration");
    }

    @Test
    void aChangedTokenErrorAndRestEnvelopeAreTheOnlyDriftRowsExitSevenAndTheReportHoldsNoSecret() throws Exception {
        int before = fixture.fake.requestCount();
        fixture.fake.enqueue(Outcome.error(LinkedInError.INVALID_CLIENT).on(LinkedInEndpoint.TOKEN),
                Outcome.status(403).body("{\"status\":403,\"message\":\"Forbidden\"}").on(LinkedInEndpoint.ME));

        var result = fixture.runner(dir).run("probe", "--spacing", "1ms", "--json", "--report", "report.md");

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.DRIFT);
        JsonNode json = new ObjectMapper().readTree(result.out());
        List<String> drift = new ArrayList<>();
        json.get("results").forEach(r -> {
            if (r.get("verdict").asText().equals("drift")) {
                drift.add(r.get("id").asText());
            }
        });
        assertThat(drift).containsExactly("3.5-token-bogus-code", "5.5-me-oidc-token");
        assertThat(json.get("summary").get("drift").asInt()).isEqualTo(2);
        String report = Files.readString(dir.resolve("report.md"));
        assertThat(report).contains("# linkedin-oauth probe report", "### 3.5-token-bogus-code (§3.5)",
                "error is \"invalid_client\", expected \"invalid_request\"", "### 5.5-me-oidc-token (§5.5)",
                "code is absent, expected \"ACCESS_DENIED\"");
        for (String text : List.of(report, result.out(), result.err())) {
            assertThat(text).doesNotContain(storedToken(), FakeFixture.CLIENT_SECRET);
        }
        List<RecordedRequest> sent = fixture.fake.requests().subList(before, fixture.fake.requestCount());
        assertThat(sent).hasSize(json.get("summary").get("match").asInt() + 2);
        assertThat(fixture.fake.posts()).isEmpty();
        fixture.fake.verify(0, RequestPattern.to(LinkedInEndpoint.REVOKE));
        assertThat(sent).filteredOn(r -> r.endpoint() == LinkedInEndpoint.TOKEN || r.endpoint() == LinkedInEndpoint.POSTS)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isGreaterThanOrEqualTo(400));
        var whoami = fixture.runner(dir).run("whoami");
        assertThat(whoami.exitCode()).as("the token still works: " + whoami).isZero();
    }

    @Test
    void withoutASecretOrAStoredTokenThoseProbesAreSkippedWithTheReasonAndNothingDrifts() {
        var result = new CliRunner(dir).env("LINKEDIN_CLIENT_ID", FakeFixture.CLIENT_ID)
                .env("XDG_CONFIG_HOME", dir.resolve("elsewhere").toString())
                .run("probe", "--base-url", fixture.baseUrl(), "--spacing", "1ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("skipped: no client secret given", "skipped: no member token (log in first)")
                .contains("6.2-userinfo-no-token").contains(" 0 drift, ");
    }

    @Test
    void withNoServerGivenTheServerThatIssuedTheStoredTokenIsProbed() {
        var result = new CliRunner(dir).env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .run("probe", "--spacing", "1ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.err()).contains("Probing " + fixture.baseUrl() + "/oauth/.well-known/openid-configuration");
        assertThat(result.out()).contains("5.3-userinfo ").contains(" 0 drift, ");
    }

    @Test
    void theStoredTokenIsNeverSentToAnotherServerItsProbesAreSkipped() {
        try (FakeFixture other = FakeFixture.start(Consent.AUTO)) {
            var result = new CliRunner(dir).env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                    .run("probe", "--base-url", other.baseUrl(), "--spacing", "1ms", "--json");

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.err()).contains("was issued by", "it is never sent to another server");
            assertThat(result.out()).contains("no member token").doesNotContain(storedToken());
        }
    }

    @Test
    void aDiscoveryUrlIsProbedWithTheEndpointsItLists() {
        String discovery = fixture.baseUrl() + "/oauth/.well-known/openid-configuration";

        var result = fixture.runner(dir).run("probe", "--discovery-url", discovery,
                "--spacing", "1ms");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(" 0 drift, ").contains("5.3-userinfo ");
        assertThat(result.err()).contains("Probing " + discovery);
    }

    @Test
    void againstLinkedInItselfASpacingBelow250msIsRefusedBeforeAnyRequest() {
        var result = new CliRunner(dir).env("XDG_CONFIG_HOME", dir.resolve("elsewhere").toString())
                .run("probe", "--spacing", "10ms");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("--spacing must be at least 250ms against LinkedIn itself");
    }

    @Test
    void theDocsPageListsEveryProbeAndTheManualsLinkIt() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        root = Files.exists(root.resolve("docs")) ? root : root.getParent();
        String page = Files.readString(root.resolve("docs/probe.md"));

        for (var probe : Probes.all()) {
            assertThat(page).contains("| `" + probe.id() + "` |");
        }
        assertThat(page).contains(Probes.all().size() + " requests at most");
        assertThat(Files.readString(root.resolve("README.md"))).contains("(docs/probe.md)");
        assertThat(Files.readString(root.resolve("oauth-cli/README.md"))).contains("(../docs/probe.md)", "| 7 | drift (`probe`) |");
    }

    @Test
    void theRootHelpListsProbeAndItsExitCode() {
        var result = new CliRunner(dir).run("--help");

        assertThat(result.out()).contains("probe", "probe: an answer of the server differs from the contract");
    }

    @Test
    void probeHelpShowsExamples() {
        var result = new CliRunner(dir).run("probe", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: linkedin-oauth probe", "--report", "Examples:",
                "linkedin-oauth probe --report probe.md", "docs/probe.md", "'linkedin-oauth help exit-codes'")
                .doesNotContain("XDG_CONFIG_HOME");
    }
}
