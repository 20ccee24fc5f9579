package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.FakeLinkedIn;

/** Shared test plumbing: free ports, a fake registered for a callback, a plain JDK HTTP client. */
final class TestSupport {
    static final String CLIENT_ID = "fake-client-id";
    static final String CLIENT_SECRET = "fake-client-secret";
    static final String MEMBER_ID = "AbC12dEf3G";

    private TestSupport() {
    }

    /**
     * A port free right now on loopback (the callback server must know its port before it starts).
     * It is drawn below Linux's ephemeral range (32768+), so a fake started afterwards on port 0, or any
     * client socket, can never be handed the same port between this check and the callback's bind.
     */
    static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            // Free on both loopbacks: a localhost callback binds 127.0.0.1 and ::1.
            try (ServerSocket v4 = new ServerSocket(candidate, 1, InetAddress.getByName("127.0.0.1"));
                 ServerSocket v6 = new ServerSocket(candidate, 1, InetAddress.getByName("::1"))) {
                return v4.getLocalPort();
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new IllegalStateException("no free loopback port between 20000 and 32000");
    }

    static URI freeCallback() {
        return URI.create("http://localhost:" + freePort() + "/callback");
    }

    static FakeLinkedIn fakeFor(URI redirectUri) {
        return fakeFor(redirectUri, UnaryOperator.identity());
    }

    static FakeLinkedIn fakeFor(URI redirectUri, UnaryOperator<FakeApp> app) {
        return fakeFor(redirectUri, app, UnaryOperator.identity());
    }

    static FakeLinkedIn fakeFor(URI redirectUri, UnaryOperator<FakeApp> app, UnaryOperator<FakeConfig.Builder> config) {
        FakeApp registered = app.apply(FakeApp.builder().redirectUris(List.of(redirectUri.toString())).build());
        return FakeLinkedIn.start(config.apply(FakeConfig.builder().app(registered)).build());
    }

    /** Small retries and short timeouts keep failing tests fast. */
    static LinkedInHttp quickHttp() {
        return LinkedInHttp.builder().connectTimeout(Duration.ofSeconds(5)).responseTimeout(Duration.ofSeconds(10))
                .retryInterval(Duration.ofMillis(50)).maxRetries(2).build();
    }

    static LinkedInOAuth.Builder oauthFor(FakeLinkedIn fake, URI redirectUri, List<String> progress) {
        return LinkedInOAuth.builder()
                .clientId(CLIENT_ID)
                .clientSecret(Secret.of(CLIENT_SECRET))
                .redirectUri(redirectUri)
                .endpoints(LinkedInEndpoints.forBaseUrl(fake.baseUrl()))
                .browser(Browser.httpFollower())
                .callbackTimeout(Duration.ofSeconds(20))
                .progress(progress::add);
    }

    static List<String> lines() {
        return new CopyOnWriteArrayList<>();
    }

    /** One plain request per connection, closed after: nothing lingers to slow down stopping the servers. */
    record Page(int statusCode, String body, Map<String, String> headers) {
        java.util.Optional<String> header(String name) {
            return java.util.Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    static Page get(URI uri) {
        return send(new HttpGet(uri));
    }

    static Page postForm(URI uri, String form) {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new StringEntity(form, ContentType.APPLICATION_FORM_URLENCODED));
        return send(post);
    }

    private static Page send(HttpUriRequestBase request) {
        request.setHeader("Connection", "close");
        try (CloseableHttpClient client = HttpClients.custom().disableRedirectHandling().disableAutomaticRetries()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(20)).build())
                .build()) {
            return client.execute(request, response -> {
                Map<String, String> headers = new java.util.HashMap<>();
                for (Header h : response.getHeaders()) {
                    headers.putIfAbsent(h.getName().toLowerCase(java.util.Locale.ROOT), h.getValue());
                }
                String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
                return new Page(response.getCode(), body, headers);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Asks the fake's authorization endpoint (auto consent) for its redirect, without following it. */
    static URI redirectFromFake(URI authorizationUrl) {
        Page r = get(authorizationUrl);
        if (r.statusCode() != 302) {
            throw new IllegalStateException("expected a redirect from the fake, got " + r.statusCode() + ": " + r.body());
        }
        return URI.create(r.header("Location").orElseThrow());
    }

    /** A code for the default member, straight from the fake (auto consent). */
    static String codeFromFake(FakeLinkedIn fake, URI redirectUri, List<String> scopes) {
        AuthorizationRequest request = AuthorizationRequest.create(LinkedInEndpoints.forBaseUrl(fake.baseUrl()),
                CLIENT_ID, redirectUri, scopes);
        return AuthorizationResponse.fromRedirect(redirectFromFake(request.uri()), request.state()).requireCode();
    }
}
