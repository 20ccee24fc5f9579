package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkedInVersionTest {

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void theDefaultIsTwoMonthsBeforeTheCurrentUtcMonth() {
        assertThat(LinkedInVersion.recommended(at("2026-06-15T10:00:00Z")).value()).isEqualTo("202604");
    }

    @Test
    void theDefaultCrossesTheYear() {
        assertThat(LinkedInVersion.recommended(at("2026-01-01T00:00:00Z")).value()).isEqualTo("202511");
        assertThat(LinkedInVersion.recommended(at("2026-02-28T23:59:59Z")).value()).isEqualTo("202512");
    }

    @Test
    void theDefaultUsesUtcNotTheClocksZone() {
        Clock newYearsEveInUtc = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), java.time.ZoneId.of("Asia/Tokyo"));

        assertThat(LinkedInVersion.recommended(newYearsEveInUtc).value()).isEqualTo("202510");
    }

    @ParameterizedTest
    @ValueSource(strings = {"202601", "202601.01", " 202512 "})
    void wellFormedVersionsAreAccepted(String value) {
        assertThat(LinkedInVersion.of(value).value()).isEqualTo(value.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01", "20260101", "latest", "202613", "202600", "202601.1", ""})
    void malformedVersionsAreAConfigurationError(String value) {
        assertThatThrownBy(() -> LinkedInVersion.of(value)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("YYYYMM or YYYYMM.RR");
    }

    @Test
    void theMonthIsReadBack() {
        assertThat(LinkedInVersion.of("202601.02").month()).isEqualTo(YearMonth.of(2026, 1));
    }
}
