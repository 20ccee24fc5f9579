package dev.linkedinoauth.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** How the container is configured before it starts; no Docker needed. */
class FakeLinkedInContainerTest {

    private static final String IMAGE = "linkedin-oauth/fake-linkedin:test";
    private static final FakeApp APP = FakeApp.builder().clientId("unit-app").redirectUri("http://localhost:7777/cb").build();
    private static final FakeMember MEMBER = FakeMember.builder().id("UnItM3mb3r").givenName("Unit").familyName("Member").email("unit@example.com").build();

    @Test
    void hostNetworkBindsLoopbackOnAFreePortAndPublishesNothing() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE).withHostNetwork();

        fake.configure();

        Map<String, String> env = fake.getEnvMap();
        assertThat(env).containsEntry("FAKE_LINKEDIN_HOST", "127.0.0.1");
        int port = Integer.parseInt(env.get("FAKE_LINKEDIN_PORT"));
        assertThat(port).isPositive();
        assertThat(fake.getBaseUrl()).isEqualTo("http://127.0.0.1:" + port);
        assertThat(fake.getExposedPorts()).isEmpty();
        assertThat(fake.getPortBindings()).isEmpty();
    }

    @Test
    void mappedPortsListenOnEveryInterfaceOfTheContainerAndLeaveThePublicUrlToTheHostHeader() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE);

        fake.configure();

        assertThat(fake.getEnvMap()).containsEntry("FAKE_LINKEDIN_HOST", "0.0.0.0")
                .containsEntry("FAKE_LINKEDIN_PORT", "8080")
                .doesNotContainKey("FAKE_LINKEDIN_PUBLIC_URL");
        assertThat(fake.getExposedPorts()).containsExactly(FakeLinkedInContainer.CONTAINER_PORT);
        assertThat(fake.getPortBindings()).isEmpty();
        assertThat(fake.containerConfig().publicBaseUrl()).isNull();
    }

    @Test
    void configurationReachesTheContainerAsTheFileTheFakeReads() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE).withHostNetwork()
                .withApp(APP).withMember(MEMBER).withConsent(Consent.INTERACTIVE);

        fake.configure();

        assertThat(fake.getEnvMap()).containsEntry("FAKE_LINKEDIN_CONFIG", FakeLinkedInContainer.CONFIG_PATH);
        FakeConfig inContainer = FakeConfig.fromJson(fake.containerConfig().toJson());
        assertThat(inContainer.apps()).containsExactly(APP);
        assertThat(inContainer.members()).containsExactly(MEMBER);
        assertThat(inContainer.consent()).isEqualTo(Consent.INTERACTIVE);
        assertThat(inContainer.host()).isEqualTo("127.0.0.1");
        assertThat(inContainer.port()).isEqualTo(Integer.parseInt(fake.getEnvMap().get("FAKE_LINKEDIN_PORT")));
        assertThat(inContainer.publicBaseUrl()).isNull();
    }

    @Test
    void withAppAddsToAGivenConfigurationInsteadOfReplacingIt() {
        FakeApp other = APP.toBuilder().clientId("other-app").build();
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE)
                .withConfig(FakeConfig.builder().app(APP).build()).withApp(other);

        FakeConfig config = fake.effectiveConfig("127.0.0.1", 1234);

        assertThat(config.apps()).containsExactly(APP, other);
        assertThat(config.members()).containsExactly(FakeMember.defaults());
    }

    @Test
    void explicitPublicUrlIsWhatTheFakeNames() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE).withHostNetwork()
                .withPublicUrl("http://fake-linkedin:8080");

        fake.configure();

        assertThat(fake.getEnvMap()).containsEntry("FAKE_LINKEDIN_PUBLIC_URL", "http://fake-linkedin:8080");
        assertThat(fake.containerConfig().publicBaseUrl()).isEqualTo("http://fake-linkedin:8080");
        assertThat(fake.getBaseUrl()).startsWith("http://127.0.0.1:");
    }

    @Test
    void endpointUrlsHangOffTheBaseUrl() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE).withHostNetwork();
        fake.configure();
        String base = fake.getBaseUrl();

        assertThat(List.of(fake.getUrl(LinkedInEndpoint.AUTHORIZATION), fake.getUrl(LinkedInEndpoint.TOKEN), fake.getUrl(LinkedInEndpoint.DISCOVERY), fake.getUrl(LinkedInEndpoint.JWKS),
                fake.getUrl(LinkedInEndpoint.USERINFO), fake.getUrl(LinkedInEndpoint.POSTS), fake.getHealthUrl()))
                .containsExactly(base + "/oauth/v2/authorization", base + "/oauth/v2/accessToken",
                        base + "/oauth/.well-known/openid-configuration", base + "/oauth/openid/jwks",
                        base + "/v2/userinfo", base + "/rest/posts", base + "/__fake/health");
    }

    @Test
    void baseUrlBeforeStartIsAnError() {
        FakeLinkedInContainer fake = new FakeLinkedInContainer(IMAGE);

        assertThatThrownBy(fake::getBaseUrl).isInstanceOf(IllegalStateException.class).hasMessageContaining("not started");
    }

    @Test
    void refusesAnImageThatIsNotTheFake() {
        assertThatThrownBy(() -> new FakeLinkedInContainer("nginx:1.27"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("linkedin-oauth/fake-linkedin");
    }

    @Test
    void acceptsAnotherImageNameDeclaredCompatible() {
        DockerImageName mirrored = DockerImageName.parse("registry.example.com/fake-linkedin:1")
                .asCompatibleSubstituteFor("linkedin-oauth/fake-linkedin");

        assertThatCode(() -> new FakeLinkedInContainer(mirrored)).doesNotThrowAnyException();
    }

    @Test
    void invalidConfigurationFileFailsAtOnceWithOneLine() {
        assertThatThrownBy(() -> new FakeLinkedInContainer(IMAGE).withConfig(java.nio.file.Path.of("no-such-config.json")))
                .isInstanceOf(FakeConfigException.class).hasMessageContaining("no-such-config.json");
    }
}
