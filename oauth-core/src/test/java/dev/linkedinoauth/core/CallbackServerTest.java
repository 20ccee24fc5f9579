package dev.linkedinoauth.core;

import static dev.linkedinoauth.core.TestSupport.freeCallback;
import static dev.linkedinoauth.core.TestSupport.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The callback server on its own: paths, state, errors, single completion, pages, timeout, port. */
@Timeout(30)
class CallbackServerTest {
    private static final String STATE = "expected-state-value";

    @Test
    void aCodeWithTheRightStateCompletesWithTheCode() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            CompletableFuture<TestSupport.Page> browser = CompletableFuture.supplyAsync(
                    () -> get(URI.create(callback + "?code=AQTcode123456&state=" + STATE)));
            AuthorizationResponse response = server.await(Duration.ofSeconds(10));
            assertThat(response).isEqualTo(new AuthorizationResponse.Code("AQTcode123456"));
            server.finishSuccess(new Member("AbC12dEf3G", "Ada <Example>", null, null, null, null));
            TestSupport.Page page = browser.join();
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Signed in to LinkedIn as Ada &lt;Example&gt;")
                    .doesNotContain("AQTcode123456");
            assertThat(page.header("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void otherPathsAre404AndDoNotComplete() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            TestSupport.Page r = get(URI.create("http://localhost:" + callback.getPort()
                    + "/favicon.ico?code=x&state=" + STATE));
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(server.response()).isNotDone();
        }
    }

    @Test
    void aForeignStateIsAnswered400AndReportedAndTheRightOneStillCompletes() {
        URI callback = freeCallback();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200), notices::add)) {
            TestSupport.Page r = get(URI.create(callback + "?code=AQTforged123456&state=zq9forged"));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("state does not match").contains("still waiting").doesNotContain("AQTforged123456");
            TestSupport.Page denied = get(URI.create(callback + "?error=user_cancelled_login&state=zq9forged"));
            assertThat(denied.statusCode()).isEqualTo(400);
            assertThat(server.response()).isNotDone();
            assertThat(notices).hasSize(2).allMatch(n -> n.contains("another login's state") && !n.contains("zq9forged")
                    && !n.contains("AQTforged"));

            get(URI.create(callback + "?code=AQTgenuine123456&state=" + STATE));
            assertThat(server.await(Duration.ofSeconds(5))).isEqualTo(new AuthorizationResponse.Code("AQTgenuine123456"));
        }
    }

    @Test
    void aMissingStateIsRefusedTooAndTheWaitGoesOn() {
        URI callback = freeCallback();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200), notices::add)) {
            assertThat(get(URI.create(callback + "?code=x")).statusCode()).isEqualTo(400);
            assertThat(get(URI.create(callback + "?code=x&state=")).statusCode()).isEqualTo(400);
            assertThat(server.response()).isNotDone();
            assertThat(notices).hasSize(2).allMatch(n -> n.contains("with no state"));
            get(URI.create(callback + "?error=user_cancelled_authorize&state=" + STATE));
            assertThat(server.await(Duration.ofSeconds(5))).isInstanceOf(AuthorizationResponse.Denied.class);
        }
    }

    @Test
    void manyRefusalsAreReportedAFewTimesThenOnce() {
        URI callback = freeCallback();
        List<String> notices = new CopyOnWriteArrayList<>();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200), notices::add)) {
            for (int i = 0; i < 20; i++) {
                assertThat(get(URI.create(callback + "?code=x&state=forged" + i)).statusCode()).isEqualTo(400);
            }
            assertThat(notices).hasSize(CallbackServer.REPORTED_REFUSALS + 1);
            assertThat(notices.get(notices.size() - 1)).contains("no longer reported");
            assertThat(server.response()).isNotDone();
        }
    }

    @Test
    void localhostIsServedOnBothLoopbacks() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200), n -> { })) {
            assertThat(get(URI.create("http://127.0.0.1:" + callback.getPort() + "/nothing")).statusCode()).isEqualTo(404);
            assertThat(get(URI.create("http://[::1]:" + callback.getPort() + "/nothing")).statusCode()).isEqualTo(404);
            get(URI.create("http://[::1]:" + callback.getPort() + "/callback?code=AQTsix123456&state=" + STATE));
            assertThat(server.await(Duration.ofSeconds(5))).isEqualTo(new AuthorizationResponse.Code("AQTsix123456"));
        }
    }

    @Test
    void withoutAnIpv6LoopbackLocalhostIsServedOn127001AloneAndThatIsSaidOnce() {
        URI callback = freeCallback();
        List<String> notices = new CopyOnWriteArrayList<>();
        // fd00::dead:beef is on no interface here: binding it fails as ::1 does on a machine without IPv6.
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200), notices::add,
                "fd00::dead:beef")) {
            assertThat(notices).singleElement().asString().contains("no IPv6 loopback").contains("127.0.0.1 only");
            get(URI.create("http://127.0.0.1:" + callback.getPort() + "/callback?code=AQTfour123456&state=" + STATE));
            assertThat(server.await(Duration.ofSeconds(5))).isEqualTo(new AuthorizationResponse.Code("AQTfour123456"));
        }
    }

    @Test
    void aLocalhostPortBusyOnEitherLoopbackIsPortInUse() throws IOException {
        for (String busy : List.of("::1", "127.0.0.1")) {
            try (ServerSocket taken = new ServerSocket(TestSupport.freePort(), 1, InetAddress.getByName(busy))) {
                URI callback = URI.create("http://localhost:" + taken.getLocalPort() + "/callback");
                assertThatThrownBy(() -> CallbackServer.start(callback, STATE))
                        .as("busy on " + busy)
                        .isInstanceOfSatisfying(PortInUseException.class,
                                e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()));
                // Nothing stays bound on the other loopback after the failed start.
                String other = busy.equals("::1") ? "127.0.0.1" : "::1";
                try (ServerSocket again = new ServerSocket(taken.getLocalPort(), 1, InetAddress.getByName(other))) {
                    assertThat(again.getLocalPort()).isEqualTo(taken.getLocalPort());
                }
            }
        }
    }

    @Test
    void linkedInsErrorRedirectIsDecodedAndShownEscaped() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            TestSupport.Page r = get(URI.create(callback + "?error=unauthorized_scope_error&error_description="
                    + "Scope+%26quot%3Br_liteprofile%26quot%3B+is+not+authorized+%3Cb%3E&state=" + STATE));
            AuthorizationResponse response = server.await(Duration.ofSeconds(5));
            assertThat(response).isEqualTo(new AuthorizationResponse.Denied("unauthorized_scope_error",
                    "Scope \"r_liteprofile\" is not authorized <b>"));
            assertThat(r.body()).contains("Scope &quot;r_liteprofile&quot; is not authorized &lt;b&gt;")
                    .doesNotContain("<b>");
        }
    }

    @Test
    void aDeniedSignInPageSaysWhatToDoNext() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200))) {
            TestSupport.Page page = get(URI.create(callback + "?error=user_cancelled_login&state=" + STATE));

            assertThat(page.body()).contains("user_cancelled_login", "What to do next:", "start the sign-in again")
                    .doesNotContain("..");
        }
    }

    @Test
    void itCompletesExactlyOnce() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(200))) {
            get(URI.create(callback + "?error=user_cancelled_login&state=" + STATE));
            TestSupport.Page second = get(URI.create(callback + "?code=AQTlater123456&state=" + STATE));
            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(server.await(Duration.ofSeconds(5))).isInstanceOf(AuthorizationResponse.Denied.class);
        }
    }

    @Test
    void aRequestWithoutCodeOrErrorIsRefusedAndKeepsWaiting() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            assertThat(get(callback).statusCode()).isEqualTo(400);
            assertThat(server.response()).isNotDone();
        }
    }

    @Test
    void aMalformedQueryIsRefusedWithoutAServerError() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            String statusLine = rawStatusLine(callback.getPort(), "/callback?code=%zz%C3&state=" + STATE);
            assertThat(statusLine).startsWith("HTTP/1.1 400");
            assertThat(server.response()).isNotDone();
        }
    }

    @Test
    void aHeldPageGetsANeutralAnswerWhenNobodyFinishesIt() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE, Duration.ofMillis(100))) {
            TestSupport.Page r = get(URI.create(callback + "?code=AQTcode123456&state=" + STATE));
            assertThat(server.response()).isCompleted();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("received the authorization");
        }
    }

    @Test
    void awaitingTooLongThrowsCallbackTimeout() {
        URI callback = freeCallback();
        try (CallbackServer server = CallbackServer.start(callback, STATE)) {
            assertThatThrownBy(() -> server.await(Duration.ofMillis(100)))
                    .isInstanceOf(CallbackTimeoutException.class)
                    .hasMessageContaining(callback.toString());
        }
    }

    @Test
    void aTakenPortThrowsPortInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            URI callback = URI.create("http://127.0.0.1:" + taken.getLocalPort() + "/callback");
            assertThatThrownBy(() -> CallbackServer.start(callback, STATE))
                    .isInstanceOfSatisfying(PortInUseException.class,
                            e -> assertThat(e.port()).isEqualTo(taken.getLocalPort()));
        }
    }

    @Test
    void itListensBeforeStartReturnsAndStopsOnClose() {
        URI callback = freeCallback();
        CallbackServer server = CallbackServer.start(callback, STATE);
        assertThat(get(URI.create("http://127.0.0.1:" + callback.getPort() + "/nothing")).statusCode()).isEqualTo(404);
        server.close();
        assertThatThrownBy(() -> get(URI.create("http://127.0.0.1:" + callback.getPort() + "/nothing")))
                .hasCauseInstanceOf(ConnectException.class);
    }

    /** Two logins in a row: the second finds the redirect URI's port free the moment the first closed. */
    @Test
    void theRedirectPortIsFreeTheMomentCloseReturns() {
        URI callback = freeCallback();
        for (int i = 0; i < 300; i++) {
            CallbackServer.start(callback, STATE).close();
        }
        assertThatThrownBy(() -> get(URI.create("http://127.0.0.1:" + callback.getPort() + "/nothing")))
                .hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aRedirectUriNoLocalServerCanServeIsAConfigurationError() {
        assertThatThrownBy(() -> CallbackServer.start(URI.create("https://app.example.com/callback"), STATE))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("https://app.example.com/callback");
    }

    @Test
    void closingTakesLittleTimeAfterAnImmediateAnswer() throws Exception {
        URI callback = freeCallback();
        CallbackServer server = CallbackServer.start(callback, STATE);
        get(URI.create(callback + "?code=x&state=bad"));
        CompletableFuture<Void> closed = CompletableFuture.runAsync(server::close);
        closed.get(5, TimeUnit.SECONDS);
        assertThat(closed).isDone();
    }

    /** java.net.URI refuses malformed escapes, so this request goes over a bare socket. */
    private static String rawStatusLine(int port, String target) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
