package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DotEnvTest {

    @Test
    void readsPlainExportedAndQuotedValues() {
        var values = DotEnv.parse(List.of(
                "# LinkedIn app",
                "LINKEDIN_CLIENT_ID=86abc",
                "export LINKEDIN_CLIENT_SECRET='s3cr#t'",
                "",
                "LINKEDIN_REDIRECT_URI=\"http://localhost:3000/callback\"",
                "LINKEDIN_BASE_URL=http://127.0.0.1:8080 # the fake"), ".env");

        assertThat(values).containsExactly(
                java.util.Map.entry("LINKEDIN_CLIENT_ID", "86abc"),
                java.util.Map.entry("LINKEDIN_CLIENT_SECRET", "s3cr#t"),
                java.util.Map.entry("LINKEDIN_REDIRECT_URI", "http://localhost:3000/callback"),
                java.util.Map.entry("LINKEDIN_BASE_URL", "http://127.0.0.1:8080"));
    }

    @Test
    void doubleQuotedValuesUnderstandEscapes() {
        var values = DotEnv.parse(List.of("A=\"say \\\"hi\\\"\\n\""), ".env");

        assertThat(values).containsEntry("A", "say \"hi\"\n");
    }

    @Test
    void malformedLineIsAConfigErrorThatDoesNotEchoTheLine() {
        assertThatThrownBy(() -> DotEnv.parse(List.of("OK=1", "this is not=valid-secret-xyz"), ".env"))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining(".env:2")
                .hasMessageNotContaining("valid-secret-xyz");
    }

    @Test
    void unterminatedQuoteIsAConfigError() {
        assertThatThrownBy(() -> DotEnv.parse(List.of("A=\"open"), "x.env"))
                .isInstanceOf(CliException.Config.class)
                .hasMessageContaining("x.env:1: unterminated quote");
    }
}
