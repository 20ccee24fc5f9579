package dev.linkedinoauth.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.Http;
import dev.linkedinoauth.fake.model.FakeApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.MountableFile;

/**
 * The image's own contract, without {@link FakeLinkedInContainer}: what a user of {@code docker run}
 * (or of another language's Testcontainers) relies on — a mounted JSON file and environment variables.
 */
@ExtendWith(DockerRequirement.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FakeLinkedInImageIT {


    @Test
    void readsTheMountedConfigFileNamedByFakeLinkedInConfig(@TempDir Path dir) throws IOException {
        String redirectUri = "http://localhost:" + FakeLinkedInContainerIT.freePort() + "/cb";
        Path config = Files.writeString(dir.resolve("fake-linkedin.json"), """
                {"consent": "auto",
                 "apps": [{"clientId": "file-app", "clientSecret": "file-secret", "redirectUris": ["%s"]}],
                 "members": [{"id": "FiLeMeMb3r", "givenName": "Frances", "familyName": "Allen",
                              "email": "frances@example.com"}]}
                """.formatted(redirectUri));
        FakeApp app = FakeApp.builder().clientId("file-app").clientSecret("file-secret").redirectUri(redirectUri).build();

        try (ImageContainer fake = new ImageContainer(FakeLinkedInContainerIT.freePort())
                .withCopyFileToContainer(MountableFile.forHostPath(config, 0644), "/etc/fake/config.json")
                .withEnv("FAKE_LINKEDIN_CONFIG", "/etc/fake/config.json")) {
            fake.start();
            JsonNode token = Http.login(fake.baseUrl(), app, redirectUri);

            JsonNode userinfo = Http.json(Http.getWithBearer(fake.baseUrl() + "/v2/userinfo",
                    token.path("access_token").asText()));
            assertThat(userinfo.path("sub").asText()).isEqualTo("FiLeMeMb3r");
        }
    }

    @Test
    void listensOnThePortFromTheEnvironment() throws IOException {
        int port = FakeLinkedInContainerIT.freePort();
        try (ImageContainer fake = new ImageContainer(port)) {
            fake.start();

            assertThat(Http.get(fake.baseUrl() + "/__fake/health").statusCode()).isEqualTo(200);
            assertThat(fake.getLogs()).contains("fake-linkedin listening on");
        }
    }

    @Test
    void namesThePublicUrlFromTheEnvironmentInItsDiscoveryDocument() throws IOException {
        try (ImageContainer fake = new ImageContainer(FakeLinkedInContainerIT.freePort())
                .withEnv("FAKE_LINKEDIN_PUBLIC_URL", "http://fake-linkedin.test:9999")) {
            fake.start();

            JsonNode discovery = Http.json(Http.get(fake.baseUrl() + "/oauth/.well-known/openid-configuration"));
            assertThat(discovery.path("authorization_endpoint").asText())
                    .isEqualTo("http://fake-linkedin.test:9999/oauth/v2/authorization");
        }
    }

    /**
     * The image run as {@code docker run} would: listening on a port given by environment, on
     * 127.0.0.1 of the host under host networking, else on every interface of the container.
     */
    private static final class ImageContainer extends GenericContainer<ImageContainer> {
        private final int port;
        private final boolean hostNetwork = FakeLinkedInImage.hostNetworkOnly();

        ImageContainer(int port) {
            super(FakeLinkedInImage.name());
            this.port = port;
            withEnv("FAKE_LINKEDIN_PORT", String.valueOf(port));
            if (hostNetwork) {
                withNetworkMode("host").withEnv("FAKE_LINKEDIN_HOST", "127.0.0.1");
            } else {
                withExposedPorts(port);
            }
            waitingFor(Wait.forLogMessage(".*fake-linkedin listening on.*", 1));
        }

        String baseUrl() {
            return hostNetwork ? "http://127.0.0.1:" + port : "http://" + getHost() + ":" + getMappedPort(port);
        }
    }
}
