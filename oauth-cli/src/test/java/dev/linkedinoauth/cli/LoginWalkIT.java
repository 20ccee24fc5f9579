package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk of a new user, as real processes: the standalone fake ({@code linkedin-oauth fake}), one {@code login}
 * with options in a fresh {@code XDG_CONFIG_HOME}, then every other command with none; a dev server squatting on
 * {@code [::1]:PORT}; and a login through real headless Chromium, which tries {@code [::1]} first for localhost.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoginWalkIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));

    @TempDir
    Path dir;

    private Process fake;
    private String baseUrl;
    private String redirectUri;

    @AfterEach
    void stopTheFake() throws Exception {
        if (fake != null) {
            fake.destroy();
            assertThat(fake.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The standalone fake for an app with refresh tokens, its redirect URI on a free localhost port. */
    private void startTheFake() throws Exception {
        redirectUri = "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback";
        Path config = dir.resolve("fake.json");
        Files.writeString(config, FakeConfig.builder().app(FakeApp.builder().redirectUris(List.of(redirectUri))
                .refreshTokens(true).build()).build().toJson());
        fake = new CliProcess(dir).start(CliProcess.javaCommand("fake", "--port", "0", "--config", config.toString()));
        BufferedReader out = new BufferedReader(new InputStreamReader(fake.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).as("the fake's first line").startsWith("fake-linkedin listening on ");
        baseUrl = line.substring("fake-linkedin listening on ".length()).strip();
        CliProcess.drain(fake.getInputStream());
    }

    /** Nothing of LinkedIn in the environment: only the store (a fresh XDG_CONFIG_HOME) and the browser. */
    private CliProcess bare() {
        return new CliProcess(dir).env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    private Path secretFile() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, FakeFixture.CLIENT_SECRET + "\n");
        return secret;
    }

    @Test
    void afterOneLoginEveryCommandNeedsNoOptions() throws Exception {
        startTheFake();

        var login = bare().run("login", "--client-id", FakeFixture.CLIENT_ID, "--client-secret-file",
                secretFile().toString(), "--base-url", baseUrl, "--redirect-uri", redirectUri);
        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(login.out()).contains("member id     AbC12dEf3G").doesNotContainPattern("AQ[\\w-]{20,}");

        var token = bare().run("token", "-q");
        var whoami = bare().run("whoami");
        var status = bare().run("status");
        var statusJson = bare().run("status", "--json");
        var post = bare().run("post", "Posted with no options");
        var refresh = bare().env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET).run("refresh");
        var tokenAfterRefresh = bare().run("token", "-q");
        var introspect = bare().env("LINKEDIN_CLIENT_SECRET", FakeFixture.CLIENT_SECRET).run("introspect");
        var refreshWithoutSecret = bare().run("refresh");
        var revoke = bare().stdin(FakeFixture.CLIENT_SECRET + "\n").run("revoke", "--client-secret", "-");
        var statusAfter = bare().run("status");

        assertThat(token.exitCode()).as(token.toString()).isZero();
        assertThat(token.out()).matches("AQ\\S+\\R");
        assertThat(whoami.exitCode()).as(whoami.toString()).isZero();
        assertThat(whoami.out()).contains("person URN    urn:li:person:AbC12dEf3G", "email         ada@example.com");
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("* " + FakeFixture.CLIENT_ID, "server    " + baseUrl, "(in 60 days)");
        JsonNode entries = new ObjectMapper().readTree(statusJson.out()).get("entries");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("redirect_uri").asText()).isEqualTo(redirectUri);
        assertThat(post.exitCode()).as(post.toString()).isZero();
        assertThat(post.err()).contains(baseUrl + "/__fake/feed#urn:li:share:");
        assertThat(refresh.exitCode()).as(refresh.toString()).isZero();
        assertThat(tokenAfterRefresh.out()).as("refresh saved a new access token").isNotEqualTo(token.out());
        assertThat(introspect.exitCode()).as(introspect.toString()).isZero();
        assertThat(introspect.out()).contains("active");
        assertThat(refreshWithoutSecret.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refreshWithoutSecret.err()).contains("LINKEDIN_CLIENT_SECRET").doesNotContain("Exception");
        assertThat(revoke.exitCode()).as(revoke.toString()).isZero();
        assertThat(statusAfter.exitCode()).isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(statusAfter.out()).contains("No logins");
    }

    @Test
    void aDevServerOnTheIpv6LoopbackPortIsReportedAsPortBusy() throws Exception {
        startTheFake();
        int port = Integer.parseInt(redirectUri.replaceAll(".*:(\\d+)/callback", "$1"));
        InetAddress ipv6 = InetAddress.getByName("::1");
        try (ServerSocket devServer = new ServerSocket(port, 50, ipv6)) {
            var login = bare().run("login", "--client-id", FakeFixture.CLIENT_ID, "--client-secret-file",
                    secretFile().toString(), "--base-url", baseUrl, "--redirect-uri", redirectUri, "--timeout", "20s");

            assertThat(login.exitCode()).as(login.toString()).isEqualTo(ExitCodes.USAGE);
            assertThat(login.err()).contains("Port " + port + " is already in use").doesNotContain("Exception");
            assertThat(login.err().strip().lines().filter(l -> l.startsWith("linkedin-oauth")).count()).as(login.err()).isEqualTo(1);
        }
    }

    @Test
    void headlessChromiumSignsInThroughALocalhostRedirect() throws Exception {
        boolean required = "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("FAKE_LINKEDIN_REQUIRE_BROWSER"));
        if (!required) {
            assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (CI requires it)").isTrue();
        }
        startTheFake();
        // $BROWSER URL: Chromium loads the authorization page, follows the fake's redirect to
        // http://localhost:PORT/callback (trying [::1] first) and prints the callback page it was given.
        Path browser = dir.resolve("chromium.sh");
        Files.writeString(browser, "#!/bin/sh\nexec " + CHROMIUM + " --headless --no-sandbox --disable-gpu"
                + " --disable-dev-shm-usage --no-first-run --disable-background-networking --user-data-dir="
                + dir.resolve("chromium-profile") + " --dump-dom \"$1\" > " + dir.resolve("callback-page.html")
                + " 2> " + dir.resolve("chromium.log") + "\n");
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));

        var login = new CliProcess(dir).env("BROWSER", browser.toString()).run("login", "--client-id",
                FakeFixture.CLIENT_ID, "--client-secret-file", secretFile().toString(), "--base-url", baseUrl,
                "--redirect-uri", redirectUri, "--timeout", "60s");

        assertThat(login.exitCode()).as(login + "\nchromium: " + read(dir.resolve("chromium.log"))).isZero();
        assertThat(login.out()).contains("member id     AbC12dEf3G");
        Path page = dir.resolve("callback-page.html");
        for (int i = 0; i < 100 && read(page).isEmpty(); i++) {
            Thread.sleep(100);   // Chromium writes the page as it exits, after the CLI has its code
        }
        assertThat(read(page)).contains("Ada Example").doesNotContain(FakeFixture.CLIENT_SECRET);
        assertThat(bare().run("token", "-q").exitCode()).isZero();
    }

    private static String read(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
