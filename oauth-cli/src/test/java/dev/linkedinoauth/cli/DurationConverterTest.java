package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void understandsShortUnits() {
        assertThat(converter.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void bareNumberMeansSeconds() {
        assertThat(converter.convert("30")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void understandsIso8601() {
        assertThat(converter.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void rejectsGarbageWithExamples() {
        assertThatThrownBy(() -> converter.convert("soon"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("examples: 90s, 5m");
    }

    @Test
    void rejectsZero() {
        assertThatThrownBy(() -> converter.convert("0s"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("longer than zero");
    }
}
