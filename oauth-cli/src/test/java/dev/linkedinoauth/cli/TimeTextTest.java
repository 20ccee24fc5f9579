package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeTextTest {

    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void freshLinkedInTokenReadsSixtyDays() {
        assertThat(TimeText.relative(NOW.plusSeconds(5_183_999), NOW)).isEqualTo("in 60 days");
    }

    @Test
    void hoursAndMinutesForShorterSpans() {
        assertThat(TimeText.relative(NOW.plusSeconds(3 * 3600), NOW)).isEqualTo("in 3 hours");
        assertThat(TimeText.relative(NOW.plusSeconds(30 * 60), NOW)).isEqualTo("in 30 minutes");
        assertThat(TimeText.relative(NOW.plusSeconds(1), NOW)).isEqualTo("in 1 second");
    }

    @Test
    void pastInstantsReadAgo() {
        assertThat(TimeText.relative(NOW.minusSeconds(2 * 86_400), NOW)).isEqualTo("2 days ago");
    }
}
