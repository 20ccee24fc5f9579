package example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Why {@link SecurityConfig#withoutNonce()} exists: the same application.yml with Spring Security's default
 * {@code oauth2Login()} sends a nonce, the fake (as LinkedIn) leaves it out of the id_token, and Spring refuses
 * the sign-in with {@code invalid_nonce} (the failure handler below only puts that code into the redirect).
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT,
        classes = {WithoutTheNonceWorkaroundTest.SpringDefaults.class, HomeController.class})
class WithoutTheNonceWorkaroundTest {
    static final int PORT = SignInWithLinkedInTest.freePort();
    static final String APP_URL = "http://127.0.0.1:" + PORT;
    static final FakeApp APP = FakeApp.builder().redirectUri(APP_URL + "/login/oauth2/code/linkedin").build();

    @RegisterExtension
    static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().app(APP).build();

    @Configuration
    @EnableAutoConfiguration
    static class SpringDefaults {
        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/error").permitAll().anyRequest().authenticated())
                    .oauth2Login(login -> login.failureHandler((request, response, failure) ->   // the reason, for the test
                            response.sendRedirect("/login?error=" + ((OAuth2AuthenticationException) failure).getError().getErrorCode())));
            return http.build();
        }
    }

    @DynamicPropertySource
    static void linkedInIsTheFake(DynamicPropertyRegistry properties) {
        properties.add("server.address", () -> "127.0.0.1");
        properties.add("server.port", () -> PORT);
        properties.add("spring.security.oauth2.client.provider.linkedin.issuer-uri", () -> linkedIn.get().issuer());
        properties.add("spring.security.oauth2.client.registration.linkedin.client-id", APP::clientId);
        properties.add("spring.security.oauth2.client.registration.linkedin.client-secret", APP::clientSecret);
    }

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void springsDefaultNonceFailsEverySignIn() throws Exception {
        URI authorize = SignInWithLinkedInTest.location(get(URI.create(APP_URL + "/oauth2/authorization/linkedin")));
        assertThat(authorize.toString()).startsWith(linkedIn.get().url(LinkedInEndpoint.AUTHORIZATION) + "?").contains("nonce=");

        URI callback = SignInWithLinkedInTest.location(get(authorize));   // the fake signs the member in all the same
        assertThat(callback.toString()).startsWith(APP_URL + "/login/oauth2/code/linkedin?code=AQ");

        HttpResponse<String> refused = get(callback);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(SignInWithLinkedInTest.location(refused).toString()).isEqualTo(APP_URL + "/login?error=invalid_nonce");
        assertThat(get(URI.create(APP_URL + "/")).statusCode()).isEqualTo(302);   // still not signed in
    }

    HttpResponse<String> get(URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
