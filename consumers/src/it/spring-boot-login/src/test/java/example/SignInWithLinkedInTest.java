package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signs a member in to the application end to end, with the fake in LinkedIn's place: the application's own
 * configuration (application.yml, SecurityConfig), only the provider's issuer and the app's credentials pointed
 * at the fake.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
class SignInWithLinkedInTest {
    // LinkedIn (and the fake) compare redirect_uri exactly with the app's registered URLs, port included, so the
    // port is picked (free, at random) before the fake registers the app, and the application is started on it.
    static final int PORT = freePort();
    static final String APP_URL = "http://127.0.0.1:" + PORT;

    static final FakeMember ADA = FakeMember.builder()
            .id("AdA1ov3l4c").givenName("Ada").familyName("Lovelace").email("ada@example.com").build();
    static final FakeApp APP = FakeApp.builder().redirectUri(APP_URL + "/login/oauth2/code/linkedin").build();

    @RegisterExtension
    static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().app(APP).member(ADA).build();   // consent AUTO

    @DynamicPropertySource
    static void linkedInIsTheFake(DynamicPropertyRegistry properties) {
        properties.add("server.address", () -> "127.0.0.1");
        properties.add("server.port", () -> PORT);
        properties.add("spring.security.oauth2.client.provider.linkedin.issuer-uri", () -> linkedIn.get().issuer());
        properties.add("spring.security.oauth2.client.registration.linkedin.client-id", APP::clientId);
        properties.add("spring.security.oauth2.client.registration.linkedin.client-secret", APP::clientSecret);
    }

    // A browser: keeps each server's cookies (the application's session), follows no redirect by itself.
    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void signsTheMemberInAndShowsTheirNameAndEmail() throws Exception {
        HttpResponse<String> toLinkedIn = get(URI.create(APP_URL + "/oauth2/authorization/linkedin"));
        assertThat(toLinkedIn.statusCode()).isEqualTo(302);
        URI authorize = location(toLinkedIn);
        assertThat(authorize.toString())
                .startsWith(linkedIn.get().url(LinkedInEndpoint.AUTHORIZATION) + "?")
                .contains("response_type=code", "scope=openid%20profile%20email", "state=")
                .doesNotContain("nonce");                                  // SecurityConfig.withoutNonce()

        HttpResponse<String> backToTheApp = get(authorize);               // the fake signs Ada in and consents at once
        assertThat(backToTheApp.statusCode()).isEqualTo(302);
        URI callback = location(backToTheApp);
        assertThat(callback.toString()).startsWith(APP_URL + "/login/oauth2/code/linkedin?code=AQ");

        HttpResponse<String> signedIn = get(callback);                    // code exchanged, id_token verified
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(location(signedIn).getPath()).isEqualTo("/");
        // The secret went in the form body (client_secret_post), as LinkedIn requires.
        linkedIn.get().verify(RequestPattern.to(LinkedInEndpoint.TOKEN).withForm("client_secret", APP.clientSecret()));

        HttpResponse<String> home = get(URI.create(APP_URL + "/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).isEqualTo("Signed in as Ada Lovelace <ada@example.com> (LinkedIn member AdA1ov3l4c)");
    }

    @Test
    void sendsAStrangerToLinkedInFirst() throws Exception {
        HttpResponse<String> home = get(URI.create(APP_URL + "/"));

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(location(home).getPath()).isEqualTo("/oauth2/authorization/linkedin");
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI location(HttpResponse<?> response) {
        return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
