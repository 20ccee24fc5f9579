package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The standalone jar run as a real process, for the integration tests that drive it over HTTP only:
 * started with the given options, ready once it printed its ready line, stopped by SIGTERM on close.
 */
final class StandaloneJarProcess implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("fake.standalone.jar", "target/fake-linkedin-standalone.jar"));
    private static final String READY = "fake-linkedin listening on ";

    private final Process process;
    private final String baseUrl;

    private StandaloneJarProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts {@code java -jar fake-linkedin-standalone.jar OPTIONS} and waits (30 s at most) until it is ready. */
    static StandaloneJarProcess start(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return stdout.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        assertThat(line).startsWith(READY + "http://127.0.0.1:");
        return new StandaloneJarProcess(process, line.substring(READY.length()));
    }

    /** {@code http://127.0.0.1:PORT}, as the ready line said. */
    String baseUrl() {
        return baseUrl;
    }

    URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
