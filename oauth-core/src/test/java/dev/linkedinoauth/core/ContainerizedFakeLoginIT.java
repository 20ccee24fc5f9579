package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.testcontainers.FakeLinkedInContainer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** oauth-core's whole login against the fake running in a container, found through its discovery document. */
@ExtendWith(ContainerizedFake.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ContainerizedFakeLoginIT {

    private static final FakeMember MARGARET = FakeMember.builder().id("M4rg4r3tH").givenName("Margaret").familyName("Hamilton").email("margaret@example.com").build();

    @Test
    void loginThroughOAuthCoreReturnsTheContainerizedFakesMember() {
        URI callback = TestSupport.freeCallback();
        FakeApp app = FakeApp.builder().redirectUri(callback.toString()).build();
        List<String> progress = new CopyOnWriteArrayList<>();
        try (FakeLinkedInContainer fake = ContainerizedFake.container().withApp(app).withMember(MARGARET)) {
            fake.start();
            LinkedInEndpoints endpoints = LinkedInEndpoints.fromDiscovery(URI.create(fake.getUrl(LinkedInEndpoint.DISCOVERY)));

            try (LinkedInOAuth oauth = LinkedInOAuth.builder()
                    .clientId(app.clientId())
                    .clientSecret(Secret.of(app.clientSecret()))
                    .redirectUri(callback)
                    .endpoints(endpoints)
                    .browser(Browser.httpFollower())
                    .callbackTimeout(Duration.ofSeconds(30))
                    .progress(progress::add)
                    .build()) {
                LoginResult result = oauth.login();

                assertThat(result.member().id()).isEqualTo(MARGARET.id());
                assertThat(result.member().email()).isEqualTo(MARGARET.email());
                assertThat(result.token().idToken()).isNotNull(); // verified against the container's JWKS
                assertThat(endpoints.issuer()).isEqualTo(fake.getBaseUrl() + "/oauth");
                assertThat(progress).anyMatch(line -> line.startsWith(fake.getUrl(LinkedInEndpoint.AUTHORIZATION)));
            }
        }
    }
}
