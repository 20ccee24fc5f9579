package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code --health-check}, the container image's HEALTHCHECK, against a running fake and a closed port. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HealthCheckTest {

    @Test
    void exitsZeroWhenTheFakeAtHostAndPortAnswers() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            Map<String, String> env = Map.of("FAKE_LINKEDIN_HOST", "127.0.0.1",
                    "FAKE_LINKEDIN_PORT", String.valueOf(fake.port()));

            assertThat(FakeLinkedInMain.run(List.of("--health-check"), env, System.out, System.err)).isZero();
        }
    }

    @Test
    void exitsOneWithOneLineWhenNothingAnswers() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exitCode = FakeLinkedInMain.run(List.of("--health-check"), Map.of("FAKE_LINKEDIN_PORT",
                String.valueOf(closedPort)), System.out, new PrintStream(err, true));

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("fake-linkedin is not healthy: no 200 from http://127.0.0.1:" + closedPort
                + "/__fake/health" + System.lineSeparator());
    }

    @Test
    void asksLoopbackWhenTheFakeListensOnEveryInterface() {
        assertThat(HealthCheck.url(Map.of("FAKE_LINKEDIN_HOST", "0.0.0.0"))).isEqualTo("http://127.0.0.1:8080/__fake/health");
        assertThat(HealthCheck.url(Map.of("FAKE_LINKEDIN_HOST", "::1", "FAKE_LINKEDIN_PORT", "9000")))
                .isEqualTo("http://[::1]:9000/__fake/health");
    }
}
