package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.linkedinoauth.core.Browser;
import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInOAuth;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Secret;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A real login with oauth-core against the fake. It passes no progress consumer: the consumer's
 * verify script checks that none of the library's progress lines reached the build's output.
 */
@Timeout(120)
class LoginAgainstTheFakeTest {
    static final URI CALLBACK = URI.create("http://127.0.0.1:" + freePort() + "/callback");
    static final FakeMember ADA = FakeMember.builder().id("AdA1ov3l4c").givenName("Ada").familyName("Lovelace").email("ada@example.com").build();
    static final FakeApp APP = FakeApp.builder().redirectUri(CALLBACK.toString()).build();

    @RegisterExtension
    static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().app(APP).member(ADA).build();

    @Test
    void signsInAndGetsTheMember() {
        try (LinkedInOAuth oauth = LinkedInOAuth.builder()
                .clientId(APP.clientId())
                .clientSecret(Secret.of(APP.clientSecret()))
                .redirectUri(CALLBACK)
                .endpoints(LinkedInEndpoints.fromDiscovery(linkedIn.get().url(LinkedInEndpoint.DISCOVERY)))
                .browser(Browser.httpFollower())
                .callbackTimeout(Duration.ofSeconds(60))
                .build()) {
            LoginResult result = oauth.login();

            assertEquals(ADA.id(), result.member().id());
            assertEquals("ada@example.com", result.member().email());
            assertNotNull(result.token().idToken());   // verified against the fake's JWKS
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
