package dev.linkedinoauth.fake;

import java.io.IOException;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.time.Duration;
import java.util.Map;

/**
 * {@code java -jar fake-linkedin-standalone.jar --health-check}: the container image's {@code HEALTHCHECK}.
 * A JRE image has no curl, so this asks {@code /__fake/health} of the fake named by
 * {@code FAKE_LINKEDIN_HOST} and {@code FAKE_LINKEDIN_PORT} and exits 0 on HTTP 200. It starts no server
 * and loads neither Jetty nor Jackson, so that it runs in a few megabytes of heap.
 */
final class HealthCheck {
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    /** The image's port, when the environment names none. */
    private static final String IMAGE_PORT = "8080";

    private HealthCheck() {
    }

    /** 0 when the fake answers 200, 1 (and one line on {@code err}) when it does not. */
    static int run(Map<String, String> env, PrintStream err) {
        String url = url(env);
        if (answersOk(url)) {
            return 0;
        }
        err.println("fake-linkedin is not healthy: no 200 from " + url);
        return 1;
    }

    /** Every interface ({@code 0.0.0.0}, {@code ::}) is reached through loopback. */
    static String url(Map<String, String> env) {
        String host = env.get("FAKE_LINKEDIN_HOST");
        if (host == null || host.isBlank() || "0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        }
        String port = env.getOrDefault("FAKE_LINKEDIN_PORT", IMAGE_PORT);
        String urlHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + urlHost + ":" + port + "/__fake/health";
    }

    private static boolean answersOk(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException unreachable) {
            return false;
        }
    }
}
