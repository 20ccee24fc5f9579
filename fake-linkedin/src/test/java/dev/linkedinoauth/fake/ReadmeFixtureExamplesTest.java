package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import dev.linkedinoauth.fake.junit.FakeLinkedInTest;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The README's "Testing with fake-linkedin" section, as written: the two test classes run through the
 * JUnit Platform Testkit, the fragments inside a test with the variables they assume. Keep both in step.
 */
@Timeout(60)
class ReadmeFixtureExamplesTest {

    // --- the README's classes, verbatim --------------------------------------------------------------

    @FakeLinkedInTest                        // optional: (consent = Consent.INTERACTIVE, config = "fake-linkedin.json")
    static class ProfileTest {
        @Test
        void discoveryNamesTheTokenEndpoint(FakeLinkedIn fake) throws Exception {
            HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(fake.url(LinkedInEndpoint.DISCOVERY)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(discovery.body()).contains(fake.url(LinkedInEndpoint.TOKEN).toString());
            fake.verify(RequestPattern.to(LinkedInEndpoint.DISCOVERY));
        }
    }

    static class LoginTest {
        static final String CALLBACK = "http://127.0.0.1:" + freePort() + "/callback";   // where your callback server listens

        @RegisterExtension
        static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder()
                .app(FakeApp.builder().redirectUri(CALLBACK).build())
                .member(FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build())
                .consent(Consent.AUTO)                                  // or INTERACTIVE: a browser signs in
                .clock(Clock.fixed(Instant.parse("2026-01-15T08:00:00Z"), ZoneOffset.UTC))  // optional
                .build();

        @Test
        void signsInGrace() {
            FakeLinkedIn fake = linkedIn.get();                         // or take it as a parameter
            assertThat(fake.config().defaultMember().givenName()).isEqualTo("Grace");
        }

        static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theDeclarativeExampleRuns() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(ProfileTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    @Test
    void theProgrammaticExampleRuns() {
        EngineTestKit.engine("junit-jupiter").selectors(selectClass(LoginTest.class)).execute()
                .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    }

    // --- the README's fragments ----------------------------------------------------------------------

    private final FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder()
            .app(FakeApp.builder().refreshTokens(true).build()).build());

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void theOutcomesFragmentQueuesEveryKind() {
        // The member presses Cancel: the app's redirect URI gets error=user_cancelled_authorize (or _login), state echoed
        fake.enqueue(Outcome.cancelConsent());
        fake.enqueue(Outcome.cancelSignIn());
        // The app is not provisioned for a scope: error=unauthorized_scope_error with LinkedIn's description
        fake.enqueue(Outcome.unprovisionedScope("w_member_social"));
        // A row of LinkedIn's error contract, with LinkedIn's status and body
        fake.enqueue(Outcome.error(LinkedInError.EXPIRED_ACCESS_TOKEN).on(LinkedInEndpoint.USERINFO));  // 401 65602
        fake.enqueue(Outcome.error(LinkedInError.INVALID_REFRESH_TOKEN));                                // token endpoint, 400
        // HTTP faults: any status, with Retry-After and a body if you like
        fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(2)).on(LinkedInEndpoint.TOKEN));
        fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.POSTS).times(3));
        fake.enqueue(Outcome.status(502).body("text/plain", "bad gateway").on(LinkedInEndpoint.JWKS));
        // The normal answer, 5 s late (real time): for your client's timeouts
        fake.enqueue(Outcome.delay(Duration.ofSeconds(5)).on(LinkedInEndpoint.TOKEN));
        // The connection closed without a single byte of response
        fake.enqueue(Outcome.dropConnection().on(LinkedInEndpoint.TOKEN));

        assertThat(fake.pendingOutcomes()).hasSize(10);
        assertThat(Http.locationQuery(new Flow(fake).authorize("openid"))).containsEntry("error", "user_cancelled_authorize");
    }

    @Test
    void theClockFragmentExpiresCodesAndTokens() {
        Flow flow = new Flow(fake);
        String code = flow.code();
        String token = flow.accessToken();

        fake.clock().advance(Duration.ofMinutes(31));   // codes issued before now fail: 400 "…Or authorization code expired…"
        assertThat(flow.exchange(code).statusCode()).isEqualTo(400);
        fake.clock().advance(Duration.ofDays(61));      // access tokens: 401 65602 EXPIRED_ACCESS_TOKEN; introspection active:false, status "expired"
        Instant now = fake.clock().now();               // id_token iat/exp, introspection created_at/expires_at follow it

        assertThat(Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token)).get("serviceErrorCode").asInt())
                .isEqualTo(65602);
        assertThat(now).isAfter(Instant.now().plus(Duration.ofDays(60)));
    }

    @Test
    void theRequestsFragmentTakesListsAndVerifies() {
        Flow flow = new Flow(fake);
        String code = flow.code();
        fake.takeRequest(); // the authorization request, before the README's exchange
        var tokens = Http.json(flow.exchange(code));
        String accessToken = tokens.get("access_token").asText();
        Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "refresh_token", "refresh_token",
                tokens.get("refresh_token").asText(), "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + accessToken);
        Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + accessToken);

        RecordedRequest exchange = fake.takeRequest();                     // the oldest not yet taken; waits at most 10 s
        RecordedRequest next = fake.takeRequest(Duration.ofSeconds(2));    // both throw AssertionError when nothing comes
        assertThat(exchange.formField("grant_type")).isEqualTo("authorization_code");
        assertThat(exchange.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        List<RecordedRequest> all = fake.requests();                       // everything since start or reset()
        int count = fake.requestCount();

        fake.verify(RequestPattern.to(LinkedInEndpoint.TOKEN).withForm("grant_type", "refresh_token"));
        fake.verify(2, RequestPattern.to("userinfo").withHeader("Authorization", "Bearer " + accessToken));
        fake.verify(0, RequestPattern.to(LinkedInEndpoint.POSTS));         // nothing was posted
        List<ReceivedPost> posts = fake.posts();                            // what /rest/posts and /v2/ugcPosts accepted

        assertThat(next.formField("grant_type")).isEqualTo("refresh_token");
        assertThat(all).hasSize(count).hasSize(5);
        assertThat(posts).isEmpty();
    }
}
