package dev.linkedinoauth.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.Http;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Configurations of {@link FakeLinkedInContainer} that need a container of their own. */
@ExtendWith(DockerRequirement.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FakeLinkedInContainerConfigIT {


    @Test
    void configurationFileDecidesTheAppsAndMembers(@TempDir Path dir) throws IOException {
        String redirectUri = "http://localhost:" + FakeLinkedInContainerIT.freePort() + "/signed-in";
        Path file = Files.writeString(dir.resolve("fake.json"), """
                {"apps": [{"clientId": "file-client", "clientSecret": "file-secret",
                           "redirectUris": ["%s"], "scopes": ["openid", "profile", "email"]}],
                 "members": [{"id": "K4th3r1neJ", "givenName": "Katherine", "familyName": "Johnson",
                              "email": "katherine@example.com", "locale": "en_GB"}]}
                """.formatted(redirectUri));
        FakeApp app = FakeConfig.fromJson(file).apps().get(0);

        try (FakeLinkedInContainer fake = FakeLinkedInImage.container().withConfig(file)) {
            fake.start();
            JsonNode token = Http.login(fake.getBaseUrl(), app, redirectUri);

            JsonNode userinfo = Http.json(Http.getWithBearer(fake.getUrl(LinkedInEndpoint.USERINFO), token.path("access_token").asText()));
            assertThat(userinfo.path("sub").asText()).isEqualTo("K4th3r1neJ");
            assertThat(userinfo.path("given_name").asText()).isEqualTo("Katherine");
        }
    }

    @Test
    void fakeThatCannotStartFailsStartWithItsOwnMessage() {
        try (FakeLinkedInContainer fake = FakeLinkedInImage.container()
                .withEnv("FAKE_LINKEDIN_CONSENT", "sometimes")
                .withStartupTimeout(Duration.ofSeconds(60))) {

            assertThatThrownBy(fake::start)
                    .hasStackTraceContaining("fake-linkedin stopped before")
                    .hasStackTraceContaining("sometimes");
        }
    }
}
