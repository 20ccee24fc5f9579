package dev.linkedinoauth.core;

import static dev.linkedinoauth.core.TestSupport.MEMBER_ID;
import static dev.linkedinoauth.core.TestSupport.fakeFor;
import static dev.linkedinoauth.core.TestSupport.freeCallback;
import static dev.linkedinoauth.core.TestSupport.get;
import static dev.linkedinoauth.core.TestSupport.lines;
import static dev.linkedinoauth.core.TestSupport.oauthFor;
import static dev.linkedinoauth.core.TestSupport.postForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The facade's login() against the embedded fake, success and every failure path. */
@Timeout(60)
class LoginTest {

    @Test
    void loginReturnsTheTokenAndTheMember() {
        URI callback = freeCallback();
        List<String> progress = lines();
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, progress).build()) {
            Instant before = Instant.now();
            LoginResult result = oauth.login();

            assertThat(result.member().id()).isEqualTo(MEMBER_ID);
            assertThat(result.member().personUrn()).isEqualTo("urn:li:person:" + MEMBER_ID);
            assertThat(result.member().name()).isEqualTo("Ada Example");
            assertThat(result.member().email()).isEqualTo("ada@example.com");
            assertThat(result.token().value()).isNotBlank();
            assertThat(result.token().scopes()).containsExactlyInAnyOrder("openid", "profile", "email", "w_member_social");
            assertThat(result.token().expiresAt()).isAfter(before.plus(Duration.ofDays(59)));
            assertThat(result.token().idToken()).isNotNull();
        }
    }

    @Test
    void theUrlIsPrintedFirstAndTheBrowserPageNamesTheMemberWithoutTheToken() {
        URI callback = freeCallback();
        List<String> progress = lines();
        HttpFollowerBrowser browser = new HttpFollowerBrowser();
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, progress).browser(browser::open).build()) {
            LoginResult result = oauth.login();

            assertThat(progress.get(1)).startsWith(fake.baseUrl() + "/oauth/v2/authorization?response_type=code");
            assertThat(progress).noneMatch(line -> line.contains(result.token().value()));
            HttpFollowerBrowser.FinalPage page = awaitPage(browser);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Signed in to LinkedIn as Ada Example")
                    .doesNotContain(result.token().value())
                    .doesNotContain(AuthorizationResponse.fromRedirect(page.location(), stateOf(page.location())).requireCode());
        }
    }

    @Test
    void cancellingAtLinkedInThrowsAuthorizationDenied() {
        URI callback = freeCallback();
        try (FakeLinkedIn fake = fakeFor(callback, app -> app, c -> c.consent(Consent.INTERACTIVE));
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).browser(cancellingBrowser(fake, false)).build()) {
            assertThatThrownBy(oauth::login)
                    .isInstanceOfSatisfying(AuthorizationDeniedException.class, e -> {
                        assertThat(e.isCancelled()).isTrue();
                        assertThat(e.error()).isEqualTo("user_cancelled_login");
                        assertThat(e.getMessage()).contains("cancelled");
                    });
        }
    }

    @Test
    void cancellingOnTheConsentPageThrowsAuthorizationDenied() {
        URI callback = freeCallback();
        try (FakeLinkedIn fake = fakeFor(callback, app -> app, c -> c.consent(Consent.INTERACTIVE));
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).browser(cancellingBrowser(fake, true)).build()) {
            assertThatThrownBy(oauth::login)
                    .isInstanceOfSatisfying(AuthorizationDeniedException.class, e -> {
                        assertThat(e.isCancelled()).isTrue();
                        assertThat(e.error()).isEqualTo("user_cancelled_authorize");
                    });
        }
    }

    @Test
    void aScopeTheAppMayNotRequestThrowsWithLinkedInsDecodedDescription() {
        URI callback = freeCallback();
        try (FakeLinkedIn fake = fakeFor(callback, app -> app.toBuilder().scopes(Set.of("openid", "profile", "email")).build());
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).build()) {
            assertThatThrownBy(oauth::login)
                    .isInstanceOfSatisfying(AuthorizationDeniedException.class, e -> {
                        assertThat(e.isCancelled()).isFalse();
                        assertThat(e.error()).isEqualTo("unauthorized_scope_error");
                        assertThat(e.description()).isEqualTo("Scope \"w_member_social\" is not authorized for your application");
                    });
        }
    }

    @Test
    void callbacksWithAForeignOrMissingStateAreRefusedAndTheGenuineOneCompletesTheLogin() {
        URI callback = freeCallback();
        List<Integer> forgedStatuses = new CopyOnWriteArrayList<>();
        Browser forgerThenMember = url -> {
            URI redirect = TestSupport.redirectFromFake(url);
            // Any web page the member has open can make the browser load these while the login waits.
            forgedStatuses.add(get(URI.create(redirect.toString().replaceAll("state=[^&]+", "state=forged"))).statusCode());
            forgedStatuses.add(get(URI.create(callback + "?code=x")).statusCode());
            forgedStatuses.add(get(URI.create(callback + "?error=user_cancelled_login&state=forged")).statusCode());
            get(redirect);
        };
        List<String> progress = lines();
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, progress).browser(forgerThenMember).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
        }
        assertThat(forgedStatuses).containsExactly(400, 400, 400);
        assertThat(progress).filteredOn(line -> line.startsWith("Refused a request")).hasSize(3);
    }

    @Test
    void somethingOnTheIpv6LoopbackPortMakesALocalhostLoginFailAsPortBusyNotATimeout() throws IOException {
        try (ServerSocket devServer = new ServerSocket(TestSupport.freePort(), 50, InetAddress.getByName("::1"))) {
            URI callback = URI.create("http://localhost:" + devServer.getLocalPort() + "/callback");
            try (FakeLinkedIn fake = fakeFor(callback);
                 LinkedInOAuth oauth = oauthFor(fake, callback, lines()).browser(Browser.printOnly())
                         .callbackTimeout(Duration.ofMinutes(5)).build()) {
                assertThatThrownBy(oauth::login).isInstanceOfSatisfying(PortInUseException.class,
                        e -> assertThat(e.port()).isEqualTo(devServer.getLocalPort()));
            }
        }
    }

    @Test
    void aBrowserThatGoesToTheIpv6LoopbackCompletesALocalhostLogin() {
        URI callback = freeCallback();
        Browser chromium = url -> { // Chromium resolves localhost to [::1] first
            URI redirect = TestSupport.redirectFromFake(url);
            get(URI.create(redirect.toString().replace("//localhost:", "//[::1]:")));
        };
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).browser(chromium).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
        }
    }

    @Test
    void noRedirectWithinTheTimeoutThrowsCallbackTimeout() {
        URI callback = freeCallback();
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).browser(Browser.printOnly())
                     .callbackTimeout(Duration.ofMillis(300)).build()) {
            assertThatThrownBy(oauth::login).isInstanceOfSatisfying(CallbackTimeoutException.class,
                    e -> assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300)));
        }
    }

    @Test
    void aTakenCallbackPortThrowsPortInUseNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            URI callback = URI.create("http://localhost:" + taken.getLocalPort() + "/callback");
            try (FakeLinkedIn fake = fakeFor(callback);
                 LinkedInOAuth oauth = oauthFor(fake, callback, lines()).build()) {
                assertThatThrownBy(oauth::login)
                        .isInstanceOfSatisfying(PortInUseException.class,
                                e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()))
                        .hasMessageContaining("Port " + taken.getLocalPort())
                        .hasMessageContaining("must match the redirect URI registered at LinkedIn");
            }
        }
    }

    @Test
    void aWrongClientSecretThrowsInvalidClientWithoutTheSecretInTheMessage() {
        URI callback = freeCallback();
        HttpFollowerBrowser browser = new HttpFollowerBrowser();
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).clientSecret(Secret.of("wrong-secret-123"))
                     .browser(browser::open).build()) {
            assertThatThrownBy(oauth::login)
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(LinkedInApiException.Kind.INVALID_CLIENT);
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.error()).isEqualTo("invalid_client");
                    })
                    .message().doesNotContain("wrong-secret-123");
            assertThat(awaitPage(browser).body()).contains("could not finish").contains("invalid_client").contains("What to do next: the terminal");
        }
    }

    @Test
    void aFailingBrowserDoesNotAbortTheLogin() {
        URI callback = freeCallback();
        List<String> progress = lines();
        Browser failing = url -> {
            Thread follower = new Thread(() -> get(TestSupport.redirectFromFake(url)));
            follower.start();
            throw new IOException("no display");
        };
        try (FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, progress).browser(failing).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
            assertThat(progress).anyMatch(line -> line.startsWith("Could not open a browser (no display)"));
        }
    }

    @Test
    void loginWorksWithEndpointsFromTheFakesDiscoveryDocument() {
        URI callback = freeCallback();
        try (FakeLinkedIn fake = fakeFor(callback)) {
            LinkedInEndpoints discovered = LinkedInEndpoints.fromDiscovery(fake.url(LinkedInEndpoint.DISCOVERY));
            try (LinkedInOAuth oauth = oauthFor(fake, callback, lines()).endpoints(discovered).build()) {
                LoginResult result = oauth.login();
                assertThat(result.member().id()).isEqualTo(MEMBER_ID);
                assertThat(oauth.introspect(result.token().value()).active()).isTrue();
            }
        }
    }

    static HttpFollowerBrowser.FinalPage awaitPage(HttpFollowerBrowser browser) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (browser.lastPage() == null && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(browser.lastPage()).as("the browser's final page").isNotNull();
        return browser.lastPage();
    }

    static String stateOf(URI redirect) {
        Matcher m = Pattern.compile("state=([^&]+)").matcher(redirect.getRawQuery());
        return m.find() ? java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8) : "";
    }

    /** Interactive consent: cancel on the sign-in page, or sign in and cancel on the consent page. */
    static Browser cancellingBrowser(FakeLinkedIn fake, boolean signInFirst) {
        return url -> {
            String requestId = requestField(get(url).body());
            String form = "request=" + requestId + "&action=cancel";
            URI target = URI.create(fake.baseUrl() + "/oauth/v2/authorization/signin");
            if (signInFirst) {
                TestSupport.Page consent = postForm(target, "request=" + requestId + "&member=" + MEMBER_ID + "&action=signin");
                form = "request=" + requestField(consent.body()) + "&action=cancel";
                target = URI.create(fake.baseUrl() + "/oauth/v2/authorization/consent");
            }
            TestSupport.Page cancelled = postForm(target, form);
            get(URI.create(cancelled.header("Location").orElseThrow(
                    () -> new IOException("the fake did not redirect after Cancel: " + cancelled.statusCode()))));
        };
    }

    private static String requestField(String html) throws IOException {
        Matcher m = Pattern.compile("name=\"request\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IOException("no form with a request field on the fake's page");
        }
        return m.group(1);
    }
}
