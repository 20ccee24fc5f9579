package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretsStayOutOfTextTest {

    @Test
    void environmentToStringShowsNamesNotValues() {
        var env = CliEnvironment.of(Map.of("LINKEDIN_CLIENT_SECRET", "very-secret-value"), Path.of("."),
                new ByteArrayInputStream(new byte[0]), Clock.systemUTC());

        assertThat(env.toString()).contains("LINKEDIN_CLIENT_SECRET").doesNotContain("very-secret-value");
    }

    @Test
    void tokenReportToStringMasksTheTokens() {
        var report = new TokenReport("AQVabcdefghijklmnopx9Q", "Bearer", Instant.EPOCH, List.of("openid"),
                "AQWrefreshtokenvalue123", null, null, "m1", null, null);

        assertThat(report.toString()).contains("AQV…x9Q").doesNotContain("AQVabcdefghijklmnopx9Q")
                .doesNotContain("AQWrefreshtokenvalue123");
    }

    @Test
    void theCliMasksWithCoresMasking() {
        assertThat(dev.linkedinoauth.core.Masking.mask("AQVabcdefghijklmnopx9Q")).isEqualTo("AQV…x9Q");
        assertThat(dev.linkedinoauth.core.Masking.mask("short")).isEqualTo("…");
    }
}
