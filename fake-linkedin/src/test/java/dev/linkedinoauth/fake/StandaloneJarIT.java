package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar started as a real process, as a user (or the container) starts it. */
@Timeout(60)
class StandaloneJarIT {
    private static final Path JAR = Path.of(System.getProperty("fake.standalone.jar", "target/fake-linkedin-standalone.jar"));

    private final List<Process> started = new ArrayList<>();
    private final Map<Process, Path> stderrFiles = new java.util.HashMap<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopProcesses() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void printsTheReadyLineAndAnswersHealth() throws Exception {
        Process process = start(Map.of(), "--port", "0");
        URI base = readyUrl(process);
        assertThat(base.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        HttpResponse<String> health = Http.get(URI.create(base + "/__fake/health"));
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(Http.json(health).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void stopsCleanlyOnSigterm() throws Exception {
        Process process = start(Map.of(), "--port", "0");
        URI base = readyUrl(process);
        process.destroy(); // SIGTERM on Unix
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
        assertThat(portIsFree(base.getPort())).isTrue();
        assertThat(process.exitValue()).as("a clean stop by SIGTERM (docker stop) is exit 0").isZero();
        assertThat(stderr(process)).doesNotContain("Exception");
    }

    @Test
    void stopsCleanlyWithExitZeroOnSigint() throws Exception {
        Process process = start(Map.of(), "--port", "0");
        URI base = readyUrl(process);

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start(); // Ctrl-C
        assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();

        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("exited after SIGINT").isTrue();
        assertThat(process.exitValue()).as("a clean stop by SIGINT is exit 0").isZero();
        assertThat(portIsFree(base.getPort())).isTrue();
    }

    @Test
    void namesTheDashboardOnTheSecondLineAndRedirectsTheBaseUrlThere() throws Exception {
        Process process = start(Map.of(), "--port", "0");
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);
        String second = CompletableFuture.supplyAsync(() -> readLine(stdout)).get(30, TimeUnit.SECONDS);
        String base = first.substring("fake-linkedin listening on ".length());

        HttpResponse<String> root = Http.get(URI.create(base + "/"));

        assertThat(second).isEqualTo("fake-linkedin dashboard at " + base + "/__fake/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue(base + "/__fake/");
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    @Test
    void exitsWithTwoAndOneLineOnABadConfigFile() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.json"), "{\"consent\":\"maybe\"}");
        Process process = start(Map.of(), "--port", "0", "--config", config.toString());
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr(process).lines()).singleElement().asString().startsWith("fake-linkedin: ").contains("consent");
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
    }

    @Test
    void exitsWithTwoAndOneLineOnABusyPort() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Process process = start(Map.of(), "--port", Integer.toString(busy.getLocalPort()));
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isEqualTo(2);
            assertThat(stderr(process).lines()).singleElement().asString()
                    .contains("cannot listen on 127.0.0.1:" + busy.getLocalPort());
        }
    }

    @Test
    void readsItsConfigurationFromEnvironmentVariables() throws Exception {
        Path config = Files.writeString(dir.resolve("fake.json"), """
                {"apps":[{"clientId":"env-app","clientSecret":"env-secret","redirectUris":["http://localhost:9999/cb"]}],
                 "members":[{"id":"EnvMember1","givenName":"Env","familyName":"Member","email":"env@example.com"}]}""");
        Process process = start(Map.of("FAKE_LINKEDIN_PORT", "0", "FAKE_LINKEDIN_CONFIG", config.toString(),
                "FAKE_LINKEDIN_PUBLIC_URL", "http://fake.example:1234"));
        URI base = readyUrl(process);
        JsonNode discovery = Http.json(Http.get(URI.create(base + "/oauth/.well-known/openid-configuration")));
        assertThat(discovery.get("issuer").asText()).isEqualTo("http://fake.example:1234/oauth");
        HttpResponse<String> authorize = Http.get(URI.create(base + "/oauth/v2/authorization?response_type=code"
                + "&client_id=env-app&redirect_uri=" + Http.enc("http://localhost:9999/cb") + "&scope=openid%20profile"));
        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(authorize.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:9999/cb?code=AQ");
    }

    @Test
    void servesTheWholeCodeFlow() throws Exception {
        Process process = start(Map.of(), "--port", "0", "--consent", "auto");
        URI base = readyUrl(process);
        HttpResponse<String> authorize = Http.get(URI.create(base + "/oauth/v2/authorization?response_type=code"
                + "&client_id=fake-client-id&redirect_uri=" + Http.enc(Flow.REDIRECT) + "&state=s&scope=openid+profile+w_member_social"));
        String code = Http.locationQuery(authorize).get("code");
        HttpResponse<String> token = Http.postForm(URI.create(base + "/oauth/v2/accessToken"), Http.fields(
                "grant_type", "authorization_code", "code", code, "redirect_uri", Flow.REDIRECT,
                "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        assertThat(token.statusCode()).isEqualTo(200);
        String accessToken = Http.json(token).get("access_token").asText();
        HttpResponse<String> userinfo = Http.get(URI.create(base + "/v2/userinfo"), "Authorization", "Bearer " + accessToken);
        assertThat(Http.json(userinfo).get("sub").asText()).isEqualTo("AbC12dEf3G");
    }

    private Process start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("FAKE_LINKEDIN_"));
        builder.environment().putAll(env);
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        started.add(process);
        stderrFiles.put(process, stderr);
        return process;
    }

    /** Reads stdout until the ready line; fails with stderr if the process dies first. */
    private URI readyUrl(Process process) throws Exception {
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no ready line; stderr: " + stderr(process));
        }
        assertThat(line).matches("fake-linkedin listening on http://127\\.0\\.0\\.1:\\d+");
        return URI.create(line.substring("fake-linkedin listening on ".length()));
    }

    /** stderr goes to a file: Process.destroy() closes the pipes, a file survives for the assertions. */
    private String stderr(Process process) throws IOException {
        return Files.readString(stderrFiles.get(process));
    }

    private static boolean portIsFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
            return socket.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
