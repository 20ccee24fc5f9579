package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check, from the outside: the built CLI probes the fake's standalone jar (another process,
 * reached over HTTP only): every row matches, exit 0; with outcomes scripted over the admin API that change
 * a token error and a REST envelope, exactly those rows drift, exit 7, and the report holds no secret; the
 * fake's journal shows that nothing was created, uploaded or revoked.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProbeStandaloneIT {
    private static final Path FAKE_JAR = Path.of(System.getProperty("fake.standalone.jar",
            "../fake-linkedin/target/fake-linkedin-standalone.jar")).toAbsolutePath();
    private static final String CLIENT_ID = "probe-it-client";
    private static final String CLIENT_SECRET = "probe-it-secret-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Process fake;
    private String baseUrl;
    private String redirectUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startStandaloneFake() throws Exception {
        assertThat(FAKE_JAR).as("the fake's standalone jar (./mvnw -pl fake-linkedin -am package)").exists();
        redirectUri = "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback";
        Path config = dir.resolve("fake.json");
        Files.writeString(config, """
                {"consent":"auto","apps":[{"clientId":"%s","clientSecret":"%s","redirectUris":["%s"],
                 "scopes":["openid","profile","email","w_member_social"]}]}
                """.formatted(CLIENT_ID, CLIENT_SECRET, redirectUri));
        fake = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                FAKE_JAR.toString(), "--port", "0", "--config", config.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (java.io.IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        assertThat(ready).startsWith("fake-linkedin listening on http://127.0.0.1:");
        baseUrl = ready.substring("fake-linkedin listening on ".length()).strip();
    }

    @AfterEach
    void stopFake() throws InterruptedException {
        fake.destroy();
        if (!fake.waitFor(20, TimeUnit.SECONDS)) {
            fake.destroyForcibly();
        }
    }

    private CliProcess cli() {
        return new CliProcess(dir).env("LINKEDIN_CLIENT_ID", CLIENT_ID).env("LINKEDIN_CLIENT_SECRET", CLIENT_SECRET)
                .env("LINKEDIN_BASE_URL", baseUrl).env("LINKEDIN_REDIRECT_URI", redirectUri)
                .env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    @Test
    void everyRowMatchesTheStandaloneFakeAndScriptedDeviationsAreExactlyTheDriftRows() throws Exception {
        var login = cli().run("login");
        assertThat(login.exitCode()).as(login.toString()).isZero();
        String token = dev.linkedinoauth.core.TokenStore.at(dir.resolve("config/linkedin-oauth/tokens.json"))
                .load(CLIENT_ID).orElseThrow().accessToken();
        int before = journal().get("count").asInt();

        var clean = cli().run("probe", "--spacing", "1ms", "--report", "clean.md");

        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        assertThat(clean.out()).contains(" 0 drift, ").doesNotContain("drift:");

        post("/__fake/outcomes", """
                [{"endpoint":"token","error":"INVALID_CLIENT"},
                 {"endpoint":"me","status":403,"body":{"status":403,"message":"Forbidden"}}]""");
        var drifted = cli().run("probe", "--spacing", "1ms", "--report", "drift.md");

        assertThat(drifted.exitCode()).as(drifted.toString()).isEqualTo(ExitCodes.DRIFT);
        List<String> driftLines = drifted.out().lines().filter(l -> l.contains("  drift: ")).map(l -> l.split("\\s+")[0]).toList();
        assertThat(driftLines).containsExactly("3.5-token-bogus-code", "5.5-me-oidc-token");
        String report = Files.readString(dir.resolve("drift.md"));
        assertThat(report).contains("### 3.5-token-bogus-code (§3.5)", "### 5.5-me-oidc-token (§5.5)");
        for (String text : List.of(report, Files.readString(dir.resolve("clean.md")), clean.out(), clean.err(),
                drifted.out(), drifted.err())) {
            assertThat(text).doesNotContain(token, CLIENT_SECRET);
        }

        JsonNode requests = journal().get("requests");
        List<JsonNode> sent = new ArrayList<>();
        requests.forEach(sent::add);
        sent = sent.subList(before, sent.size());
        assertThat(sent).isNotEmpty().noneSatisfy(r -> assertThat(r.get("endpoint").asText()).isIn("revoke", "ugcPosts"));
        assertThat(sent).filteredOn(r -> List.of("token", "posts").contains(r.get("endpoint").asText()))
                .isNotEmpty().allSatisfy(r -> assertThat(r.get("status").asInt()).as(r.toString()).isGreaterThanOrEqualTo(400));
        assertThat(get("/__fake/posts").get("count").asInt()).isZero();
    }

    private JsonNode journal() throws Exception {
        return get("/__fake/requests");
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private void post(String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
