package dev.linkedinoauth.bench;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.FakeLinkedIn;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.Callable;
import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The three servers measured, Jetty alone as their floor ({@code jetty-floor}) and the sign-in's floor
 * ({@code flow-floor}), each started in-process on a free loopback port the way a test would,
 * with what it needs to answer one token request with 200.
 */
final class Servers {
    /** WireMock serves a fixed stub: the cheapest thing it can do, and LinkedIn's answer shape. */
    static final String STUB_TOKEN_JSON =
            "{\"access_token\":\"AQX-stub-token\",\"expires_in\":5183999,\"scope\":\"openid,profile,email\",\"token_type\":\"Bearer\"}";

    interface Running extends AutoCloseable {
        int port();

        /** Path of the token endpoint. */
        String tokenPath();

        /** A form body that the token endpoint answers with 200. */
        String tokenForm();

        @Override
        void close();
    }

    private Servers() {
    }

    static Running start(String name) {
        return switch (name) {
            case "fake" -> fake();
            case "wiremock" -> wiremock();
            case "mock-oauth2-server" -> mockOAuth2Server();
            case "jetty-floor" -> jettyFloor();
            case "flow-floor" -> flowFloor();
            default -> throw new IllegalArgumentException("unknown server " + name
                    + " (fake, wiremock, mock-oauth2-server, jetty-floor, flow-floor)");
        };
    }

    /** The fake's default app, allowed the client-credentials grant so that a token needs one request. */
    static FakeConfig fakeConfig() {
        return FakeConfig.builder().app(FakeApp.defaults().toBuilder().clientCredentials(true).build()).build();
    }

    static Running fake() {
        FakeLinkedIn fake = FakeLinkedIn.start(fakeConfig());
        return new Running() {
            public int port() {
                return fake.port();
            }

            public String tokenPath() {
                return "/oauth/v2/accessToken";
            }

            public String tokenForm() {
                return "grant_type=client_credentials&client_id=fake-client-id&client_secret=fake-client-secret";
            }

            public void close() {
                fake.close();
            }
        };
    }

    static Running wiremock() {
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        server.stubFor(WireMock.post("/oauth/v2/accessToken").willReturn(WireMock.okJson(STUB_TOKEN_JSON)));
        return new Running() {
            public int port() {
                return server.port();
            }

            public String tokenPath() {
                return "/oauth/v2/accessToken";
            }

            public String tokenForm() {
                return "grant_type=client_credentials&client_id=c&client_secret=s";
            }

            public void close() {
                server.stop();
            }
        };
    }

    static Running mockOAuth2Server() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return new Running() {
            public int port() {
                return server.baseUrl().port();
            }

            public String tokenPath() {
                return "/default/token";
            }

            public String tokenForm() {
                return "grant_type=client_credentials&client_id=c&client_secret=s&scope=openid";
            }

            public void close() {
                server.shutdown();
            }
        };
    }

    /** {@link JettyFloor}: what Jetty 12 alone costs per cycle, under every server here that is built on it. */
    static Running jettyFloor() {
        return jetty("the Jetty floor", () -> JettyFloor.start(0), "grant_type=client_credentials&client_id=c&client_secret=s");
    }

    /** {@link FlowFloor}: the least a server can do for {@link FlowBenchmark}'s sign-in; its token path signs an id_token. */
    static Running flowFloor() {
        return jetty("the flow floor", FlowFloor::start, "grant_type=authorization_code&code=c1");
    }

    /** A bare Jetty server on the fake's token path: started, its port, stopped. */
    private static Running jetty(String name, Callable<org.eclipse.jetty.server.Server> start, String tokenForm) {
        org.eclipse.jetty.server.Server server;
        try {
            server = start.call();
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not start", e);
        }
        return new Running() {
            public int port() {
                return JettyFloor.port(server);
            }

            public String tokenPath() {
                return "/oauth/v2/accessToken";
            }

            public String tokenForm() {
                return tokenForm;
            }

            public void close() {
                try {
                    server.stop();
                } catch (Exception e) {
                    throw new IllegalStateException(name + " did not stop", e);
                }
            }
        };
    }

    /** One token request on a new connection; fails unless it is answered 200. */
    static void oneToken(Running server) throws IOException {
        try (Http1 http = new Http1(server.port())) {
            Http1.Answer answer = http.postForm(server.tokenPath(), server.tokenForm());
            if (answer.status() != 200) {
                throw new IllegalStateException("token endpoint answered " + answer.status() + ": " + answer.body());
            }
        }
    }
}
