package dev.linkedinoauth.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.Http;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;

/**
 * The usual mode on a developer's machine: the fake on a published port, here on a network of its own
 * (a user-defined bridge also works where the daemon runs without the default bridge, as in CI).
 */
@ExtendWith(DockerRequirement.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FakeLinkedInMappedPortsIT {

    private static final String ALIAS = "fake-linkedin";
    private static Network network;
    private static FakeLinkedInContainer fake;
    private static String redirectUri;
    private static FakeApp app;


    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void startFakeOnItsOwnNetwork() throws IOException {
        redirectUri = "http://localhost:" + FakeLinkedInContainerIT.freePort() + "/callback";
        app = FakeApp.builder().redirectUri(redirectUri).build();
        network = Network.newNetwork();
        fake = new FakeLinkedInContainer(FakeLinkedInImage.name())
                .withNetwork(network).withNetworkAliases(ALIAS).withApp(app);
        fake.start();
    }

    @AfterAll
    static void stopFake() {
        if (fake != null) {
            fake.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void baseUrlIsTheMappedPortOfTheDockerHost() {
        assertThat(fake.getBaseUrl()).isEqualTo("http://" + fake.getHost() + ":" + fake.getMappedPort(8080));
        assertThat(Http.get(fake.getHealthUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void issuerNamesTheMappedUrlThisClientUsed() {
        JsonNode discovery = Http.json(Http.get(fake.getUrl(LinkedInEndpoint.DISCOVERY)));

        assertThat(discovery.path("issuer").asText()).isEqualTo(fake.getBaseUrl() + "/oauth");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(fake.getUrl(LinkedInEndpoint.TOKEN));
    }

    @Test
    void memberLogsInThroughTheMappedPort() {
        JsonNode token = Http.login(fake.getBaseUrl(), app, redirectUri);

        assertThat(Http.jwtClaims(token.path("id_token").asText()).path("iss").asText())
                .isEqualTo(fake.getBaseUrl() + "/oauth");
    }

    @Test
    void anotherContainerReachesTheFakeByItsNetworkAlias() {
        // The image's own health probe, run in a second container, asks http://fake-linkedin:8080/__fake/health.
        try (GenericContainer<?> probe = new GenericContainer<>(FakeLinkedInImage.name())
                .withNetwork(network)
                .withEnv("FAKE_LINKEDIN_HOST", ALIAS)
                .withEnv("FAKE_LINKEDIN_PORT", String.valueOf(FakeLinkedInContainer.CONTAINER_PORT))
                .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("java", "-jar", "/app/fake-linkedin.jar",
                        "--health-check"))
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {

            probe.start(); // a one-shot container counts as started only if it exits with status 0

            assertThat(probe.getCurrentContainerInfo().getState().getExitCodeLong()).isZero();
        }
    }
}
