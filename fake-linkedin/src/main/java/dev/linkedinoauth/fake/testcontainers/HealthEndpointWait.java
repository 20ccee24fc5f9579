package dev.linkedinoauth.fake.testcontainers;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits until {@code GET /__fake/health} answers 200 at the container's base URL. Testcontainers' own
 * HTTP wait cannot serve here: it asks for a mapped port, which host networking does not have.
 */
final class HealthEndpointWait extends AbstractWaitStrategy {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration PAUSE = Duration.ofMillis(200);

    /** The URL is read once the container runs: under mapped ports it names the mapped port. */
    private final Supplier<String> healthUrl;

    HealthEndpointWait(Supplier<String> healthUrl) {
        this.healthUrl = healthUrl;
    }

    @Override
    protected void waitUntilReady() {
        String url = healthUrl.get();
        long deadline = System.nanoTime() + startupTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (answersOk(url)) {
                return;
            }
            if (!waitStrategyTarget.isRunning()) {
                throw new ContainerLaunchException("fake-linkedin stopped before " + url + " answered; its output:\n"
                        + lastLines(waitStrategyTarget.getLogs()));
            }
            sleep(PAUSE);
        }
        throw new ContainerLaunchException("fake-linkedin did not answer GET " + url + " with 200 within "
                + startupTimeout.toSeconds() + " s; its output:\n" + lastLines(waitStrategyTarget.getLogs()));
    }

    /** A host as it goes into a URL: an IPv6 literal in brackets. */
    static String urlHost(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    private static boolean answersOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout((int) PROBE_TIMEOUT.toMillis());
            connection.setReadTimeout((int) PROBE_TIMEOUT.toMillis());
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    private static String lastLines(String logs) {
        String[] lines = logs.strip().split("\n");
        return String.join("\n", List.of(lines).subList(Math.max(0, lines.length - 20), lines.length));
    }

    private static void sleep(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ContainerLaunchException("interrupted while waiting for fake-linkedin", e);
        }
    }
}
