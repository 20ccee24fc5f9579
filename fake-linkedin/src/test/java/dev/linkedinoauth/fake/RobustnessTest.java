package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.linkedinoauth.fake.internal.server.FakeHandler;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeStartException;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input never gets a 500 or a stack trace; instances are independent; the admin health check. */
@Timeout(30)
class RobustnessTest {
    private FakeLinkedIn fake;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void healthIsUp() {
        HttpResponse<String> response = Http.get(URI.create(fake.baseUrl() + "/__fake/health"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anUnknownPathIsA404InJson() {
        HttpResponse<String> response = Http.get(URI.create(fake.baseUrl() + "/v2/nothing-here"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.json(response).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aWrongMethodIsA405NamingTheAllowedOne() {
        HttpResponse<String> response = Http.get(fake.url(LinkedInEndpoint.TOKEN));
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anOversizedBodyIsA413() {
        HttpResponse<String> response = Http.postJson(fake.url(LinkedInEndpoint.POSTS), "x".repeat(FakeHandler.MAX_BODY_BYTES + 10));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedBodyPastTheLimitIsA413() {
        byte[] chunk = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        Iterator<byte[]> chunks = Stream.generate(() -> chunk)
                .limit(FakeHandler.MAX_BODY_BYTES / chunk.length + 2).iterator();
        // No length known up front: the JDK client sends it chunked, so the limit is found while reading.
        HttpResponse<String> response = Http.send(Http.request(fake.url(LinkedInEndpoint.POSTS), "Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArrays(() -> chunks)).build());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Request body larger than " + FakeHandler.MAX_BODY_BYTES + " bytes");
    }

    @Test
    void aChunkedFormIsReadWhole() {
        String form = "grant_type=password&client_id=" + Flow.CLIENT_ID + "&client_secret=" + Flow.SECRET;
        String answer = Http.raw(fake, "POST /oauth/v2/accessToken HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(10) + "\r\n" + form.substring(0, 10) + "\r\n"
                + Integer.toHexString(form.length() - 10) + "\r\n" + form.substring(10) + "\r\n0\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"error\":\"unsupported_grant_type\"");
    }

    /** A slow client: the body comes in two parts, well after the headers; nothing waits on a thread meanwhile. */
    @Test
    void aBodyThatArrivesLateAndInPartsIsReadWhole() throws Exception {
        byte[] form = ("grant_type=password&client_id=" + Flow.CLIENT_ID + "&client_secret=" + Flow.SECRET)
                .getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket("127.0.0.1", fake.port())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            out.write(("POST /oauth/v2/accessToken HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200);
            out.write(form, 0, 12);
            out.flush();
            Thread.sleep(200);
            out.write(form, 12, form.length - 12);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("\"error\":\"unsupported_grant_type\"");
        }
    }

    @Test
    void aMalformedFormIsA400() {
        HttpResponse<String> response = Http.send(Http.request(fake.url(LinkedInEndpoint.TOKEN), "Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=%zz")).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownAvatarIsA404() {
        assertThat(Http.get(URI.create(fake.baseUrl() + "/__fake/avatars/nobody.svg")).statusCode()).isEqualTo(404);
        assertThat(Http.get(URI.create(fake.baseUrl() + "/__fake/avatars/AbC12dEf3G.png")).statusCode()).isEqualTo(404);
    }

    @Test
    void twoFakesInOneJvmShareNoTokensOrTime() {
        try (FakeLinkedIn other = FakeLinkedIn.start()) {
            String token = new Flow(fake).accessToken();
            HttpResponse<String> elsewhere = Http.get(other.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token);
            assertThat(elsewhere.statusCode()).isEqualTo(401);
            other.clock().advance(Duration.ofDays(1));
            assertThat(fake.clock().offset()).isEqualTo(Duration.ZERO);
        }
    }

    @Test
    void closeReleasesThePort() throws Exception {
        int port = fake.port();
        fake.close();
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThat(socket.getLocalPort()).isEqualTo(port);
        }
    }

    /**
     * A test class that closes its fake on a fixed port and starts the next one there at once. The port
     * must be free when close() returns, every time: a blocking acceptor thread kept the listening socket
     * open a moment after a stop that did not wait for it (3-5 starts in 100 failed).
     */
    @Test
    void aClosedFakesPortIsFreeTheMomentCloseReturns() {
        int port = fake.port();
        fake.close();
        for (int i = 0; i < 300; i++) {
            FakeLinkedIn again = FakeLinkedIn.start(FakeConfig.builder().port(port).build());
            again.close();
        }
        assertThatNoException().isThrownBy(() -> new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1")).close());
    }

    @Test
    void startingOnABusyPortIsAFakeStartException() throws Exception {
        FakeConfig busy = FakeConfig.builder().port(fake.port()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FakeLinkedIn.start(busy))
                .isInstanceOf(FakeStartException.class)
                .hasMessage("cannot listen on 127.0.0.1:" + fake.port() + ": address already in use or not available");
    }

    @Test
    void bindingAllInterfacesDerivesThePublicUrlFromTheHostHeader() {
        try (FakeLinkedIn wildcard = FakeLinkedIn.start(FakeConfig.builder().host("0.0.0.0").build())) {
            assertThat(wildcard.baseUrl().toString()).startsWith("http://127.0.0.1:");
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(wildcard.url(LinkedInEndpoint.DISCOVERY))
                    .timeout(Duration.ofSeconds(10)).build());
            assertThat(Http.json(response).get("issuer").asText()).isEqualTo(wildcard.baseUrl() + "/oauth");
            String viaOtherName = Http.raw(wildcard, "GET /oauth/.well-known/openid-configuration HTTP/1.1\r\n"
                    + "Host: fake.internal:8080\r\nConnection: close\r\n\r\n");
            assertThat(viaOtherName).contains("\"issuer\":\"http://fake.internal:8080/oauth\"");
        }
    }
}
