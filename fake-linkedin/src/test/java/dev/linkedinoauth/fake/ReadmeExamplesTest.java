package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's fake section, as written: the example configuration file and the embedded snippets. */
@Timeout(30)
class ReadmeExamplesTest {

    @Test
    void theExampleConfigurationFileIsValid() {
        FakeConfig config = FakeConfig.fromJson(Path.of("fake-linkedin.example.json"));
        assertThat(config.consent()).isEqualTo(Consent.INTERACTIVE);
        assertThat(config.apps()).singleElement().satisfies(app -> assertThat(app.name()).isEqualTo("My Demo App"));
        assertThat(config.members()).hasSize(2);
    }

    @Test
    void theEmbeddedSnippetRuns() {
        URI seen;
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {             // 127.0.0.1, ephemeral port, defaults
            URI authorize = fake.url(LinkedInEndpoint.AUTHORIZATION); // any endpoint: url(LinkedInEndpoint.TOKEN), ...
            seen = authorize;
            assertThat(Http.get(fake.url(LinkedInEndpoint.DISCOVERY)).statusCode()).isEqualTo(200);
        }
        assertThat(seen.toString()).matches("http://127\\.0\\.0\\.1:\\d+/oauth/v2/authorization");
    }

    @Test
    void theOwnRedirectUriSnippetRuns() {
        try (FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder().app(FakeApp.defaults()
                .toBuilder().redirectUri("http://localhost:54321/callback").build()).build())) {
            String location = Http.get(new Flow(fake).authorizeUri(Flow.CLIENT_ID, "http://localhost:54321/callback",
                    "openid", "s")).headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith("http://localhost:54321/callback?code=");
        }
    }
}
