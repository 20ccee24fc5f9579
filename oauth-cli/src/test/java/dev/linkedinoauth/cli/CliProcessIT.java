package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a real process: what a user (or a script using $(...)) sees. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CliProcessIT {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private CliProcess cli() {
        return new CliProcess(dir);
    }

    private CliProcess cliFor(String baseUrl, String redirectUri) {
        return cli().env("LINKEDIN_CLIENT_ID", FakeFixture.CLIENT_ID)
                .env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET)
                .env("LINKEDIN_BASE_URL", baseUrl)
                .env("LINKEDIN_REDIRECT_URI", redirectUri)
                .env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    @Test
    void versionPrintsTwoLinesOnStdout() {
        var result = cli().run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).hasSize(2).first().asString().startsWith("linkedin-oauth ");
    }

    @Test
    void versionAloneIsPrintedBeforePicocliLoads() {
        List<String> command = new java.util.ArrayList<>(CliProcess.javaCommand("--version"));
        command.add(1, "-verbose:class");
        var result = CliProcess.await(cli().start(command), "");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("linkedin-oauth ");
        assertThat(result.out().lines()).noneMatch(l -> l.matches(".*\\] picocli\\..*"));
    }

    @Test
    void versionAndHelpLoadNoLibraryClasses() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"--help"}, new String[] {"login", "--help"})) {
            List<String> command = new java.util.ArrayList<>(CliProcess.javaCommand(args));
            command.add(1, "-verbose:class");
            var result = CliProcess.await(cli().start(command), "");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out().lines().filter(l -> l.contains("source: file:")))
                    .as("classes loaded from the jar for %s", String.join(" ", args))
                    .isNotEmpty()
                    .noneMatch(l -> l.matches(".*\\] (dev\\.linkedinoauth\\.(core|fake)|org\\.eclipse\\.jetty|org\\.apache\\.hc"
                            + "|com\\.fasterxml|com\\.nimbusds)\\..*"));
        }
    }

    @Test
    void demoPrintsTheLoginResult() {
        var result = cli().run("demo");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("member id     AbC12dEf3G", "access token  AQ", "(in 60 days)");
        assertThat(dir.resolve("config")).doesNotExist();
    }

    @Test
    void demoJsonIsOneObjectOnStdout() throws Exception {
        var result = cli().run("demo", "--json");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(json.readTree(result.out()).get("person_urn").asText()).isEqualTo("urn:li:person:AbC12dEf3G");
    }

    @Test
    void loginAgainstTheStandaloneFakeInHumanAndJsonForm() throws Exception {
        String redirectUri = "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback";
        Path config = dir.resolve("fake.json");
        Files.writeString(config, FakeConfig.builder()
                .app(FakeApp.builder().redirectUris(List.of(redirectUri)).build()).build().toJson());
        Process fake = cli().start(CliProcess.javaCommand("fake", "--port", "0", "--config", config.toString()));
        try {
            String baseUrl = listeningUrl(fake);

            var human = cliFor(baseUrl, redirectUri).run("login");
            var jsonLogin = cliFor(baseUrl, redirectUri).run("login", "--json");
            var token = cliFor(baseUrl, redirectUri).run("token");
            var whoami = cliFor(baseUrl, redirectUri).run("whoami");
            var revoke = cliFor(baseUrl, redirectUri).run("revoke");

            assertThat(human.exitCode()).as(human.toString()).isZero();
            assertThat(human.out()).contains("member id     AbC12dEf3G", "name          Ada Example", "(in 60 days)");
            assertThat(jsonLogin.exitCode()).as(jsonLogin.toString()).isZero();
            JsonNode object = json.readTree(jsonLogin.out());
            assertThat(object.get("member_id").asText()).isEqualTo("AbC12dEf3G");
            assertThat(token.out()).contains("access token  " + object.get("access_token").asText().substring(0, 3) + "…");
            assertThat(whoami.out()).contains("email         ada@example.com");
            assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        } finally {
            fake.destroy();
            assertThat(fake.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void loginThroughAnOpenIdDiscoveryDocument() {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            var result = cliFor("", fixture.redirectUri)
                    .run("login", "--no-save", "--discovery-url", fixture.fake.url(LinkedInEndpoint.DISCOVERY).toString());

            assertThat(result.exitCode()).as(result.toString()).isZero();
            assertThat(result.out()).contains("member id     AbC12dEf3G");
        }
    }

    @Test
    void noBrowserAcceptsTheRedirectedAddressPastedOnStdin() throws Exception {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            Process login = cliFor(fixture.baseUrl(), fixture.redirectUri)
                    .start(CliProcess.javaCommand("login", "--no-browser", "--no-save"));
            var out = CliProcess.drain(login.getInputStream());
            BufferedReader err = new BufferedReader(new InputStreamReader(login.getErrorStream(), StandardCharsets.UTF_8));
            String url = null;
            for (String line = err.readLine(); line != null && url == null; line = err.readLine()) {
                if (line.startsWith(fixture.baseUrl() + "/oauth/v2/authorization?")) {
                    url = line;
                }
            }
            assertThat(url).as("authorization URL on stderr").isNotNull();
            // Sign in "on another machine": the browser lands on the redirect URI, which the user copies.
            HttpResponse<Void> consent = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            String redirected = consent.headers().firstValue("Location").orElseThrow();
            try (OutputStream in = login.getOutputStream()) {
                in.write((redirected + "\n").getBytes(StandardCharsets.UTF_8));
            }

            assertThat(login.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(login.exitValue()).isZero();
            assertThat(out.get(10, TimeUnit.SECONDS)).contains("member id     AbC12dEf3G");
        }
    }

    @Test
    void withoutADisplayLoginReadsThePastedAddressWithoutBeingTold() throws Exception {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            CliProcess headless = cliFor(fixture.baseUrl(), fixture.redirectUri);
            headless.env("DISPLAY", "").env("WAYLAND_DISPLAY", "").env("BROWSER", "");
            Process login = headless.start(CliProcess.javaCommand("login", "--no-save"));
            var out = CliProcess.drain(login.getInputStream());
            BufferedReader err = new BufferedReader(new InputStreamReader(login.getErrorStream(), StandardCharsets.UTF_8));
            StringBuilder said = new StringBuilder();
            String url = null;
            for (String line = err.readLine(); line != null && url == null; line = err.readLine()) {
                said.append(line).append('\n');
                if (line.startsWith(fixture.baseUrl() + "/oauth/v2/authorization?")) {
                    url = line;
                }
            }
            assertThat(url).as("authorization URL on stderr").isNotNull();
            assertThat(said).contains("not opening a browser, as with --no-browser");
            HttpResponse<Void> consent = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
            try (OutputStream in = login.getOutputStream()) {
                in.write((consent.headers().firstValue("Location").orElseThrow() + "\n").getBytes(StandardCharsets.UTF_8));
            }

            assertThat(login.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(login.exitValue()).isZero();
            assertThat(out.get(10, TimeUnit.SECONDS)).contains("member id     AbC12dEf3G");
        }
    }

    /**
     * SIGTERM ({@code docker stop}; Process.destroy() sends it). SIGINT takes the same path (the JVM's shutdown),
     * but a build started in the background hands its children SIGINT ignored, so it is not asserted here.
     */
    @Test
    void fakeExitsZeroOnSigterm() throws Exception {
        Process fake = cli().start(CliProcess.javaCommand("fake", "--port", "0"));
        listeningUrl(fake);
        fake.destroy();

        assertThat(fake.waitFor(30, TimeUnit.SECONDS)).as("SIGTERM stops the fake").isTrue();
        assertThat(fake.exitValue()).isZero();
    }

    @Test
    void everyExitCodeAsARealProcess() {
        try (FakeFixture fixture = FakeFixture.start(Consent.AUTO)) {
            var cli = cliFor(fixture.baseUrl(), fixture.redirectUri);

            assertExit(cli().run("login"), ExitCodes.USAGE, "no client id");
            assertExit(cli.run("login", "--client-secret-file", "absent.txt"), ExitCodes.USAGE, "cannot read client secret file");
            assertExit(cli.run("login", "--base-url", "ftp//nope"), ExitCodes.USAGE, "bad URL");
            assertExit(cli.run("token"), ExitCodes.NOT_LOGGED_IN, "not logged in");
            assertExit(cliFor(fixture.baseUrl(), fixture.redirectUri).env("LINKEDIN_CLIENT_SECRET", "wrong").run("login"),
                    ExitCodes.LINKEDIN_ERROR, "What to do: check the client id and the client secret");
            assertExit(cli.env("BROWSER", FakeFixture.idleBrowser(dir).toString()).run("login", "--timeout", "1s"),
                    ExitCodes.TIMEOUT, "No redirect");
        }
        try (FakeFixture interactive = FakeFixture.start(Consent.INTERACTIVE)) {
            assertExit(cliFor(interactive.baseUrl(), interactive.redirectUri)
                            .env("BROWSER", FakeFixture.cancellingBrowser(dir).toString()).run("login"),
                    ExitCodes.CANCELLED, "user_cancelled_login");
        }
    }

    private static void assertExit(CliRunner.Result result, int code, String message) {
        assertThat(result.exitCode()).as(result.toString()).isEqualTo(code);
        assertThat(result.err()).contains(message).doesNotContain("\tat ");
        assertThat(result.err().lines().filter(l -> l.startsWith("linkedin-oauth"))).hasSize(1);
    }

    private static String listeningUrl(Process fake) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the fake's first line").startsWith("fake-linkedin listening on ");
        return line.substring("fake-linkedin listening on ".length()).strip();
    }
}
