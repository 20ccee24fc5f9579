package dev.linkedinoauth.fake;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * An offline fake of LinkedIn's OAuth, OpenID Connect, member and posting endpoints, on a loopback
 * port. Cheap to start: use one per test.
 *
 * <pre>{@code
 * try (FakeLinkedIn fake = FakeLinkedIn.start()) {
 *     URI authorize = fake.authorizationUrl(); // http://127.0.0.1:PORT/oauth/v2/authorization
 * }
 * }</pre>
 */
public final class FakeLinkedIn implements AutoCloseable {
    private final FakeConfig config;
    private final FakeContext context;
    private final Server server;
    private final URI baseUrl;

    private FakeLinkedIn(FakeConfig config, FakeContext context, Server server, URI baseUrl) {
        this.config = config;
        this.context = context;
        this.server = server;
        this.baseUrl = baseUrl;
    }

    /** Starts with {@link FakeConfig#defaults()}: 127.0.0.1, an ephemeral port, auto consent, one app, one member. */
    public static FakeLinkedIn start() {
        return start(FakeConfig.defaults());
    }

    /**
     * Starts a fake with this configuration and returns once it accepts connections.
     *
     * @throws FakeStartException when the address cannot be bound (e.g. the port is in use)
     */
    public static FakeLinkedIn start(FakeConfig config) {
        return start(config, FakeClock.system());
    }

    static FakeLinkedIn start(FakeConfig config, FakeClock clock) {
        FakeContext context = new FakeContext(config, clock, new FakeState(), new TokenFactory(), SigningKey.shared());
        QueuedThreadPool threads = new QueuedThreadPool(64, 2);
        threads.setName("fake-linkedin");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new FakeHandler(context, Routes.all(context), new PublicBaseUrl(config)));
        server.setStopTimeout(0); // no graceful wait: tests close one fake per test, idle keep-alive connections must not delay that
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new FakeStartException(startFailure(config, e), e);
        }
        URI baseUrl = URI.create(PublicBaseUrl.listening(config.host(), connector.getLocalPort()));
        return new FakeLinkedIn(config, context, server, baseUrl);
    }

    /** The loopback URL the fake listens on, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    public URI authorizationUrl() {
        return resolve("/oauth/v2/authorization");
    }

    public URI tokenUrl() {
        return resolve("/oauth/v2/accessToken");
    }

    public URI introspectUrl() {
        return resolve("/oauth/v2/introspectToken");
    }

    public URI revokeUrl() {
        return resolve("/oauth/v2/revoke");
    }

    public URI discoveryUrl() {
        return resolve("/oauth/.well-known/openid-configuration");
    }

    public URI jwksUrl() {
        return resolve("/oauth/openid/jwks");
    }

    public URI userinfoUrl() {
        return resolve("/v2/userinfo");
    }

    /** {@code /v2/me}, the legacy profile. */
    public URI meUrl() {
        return resolve("/v2/me");
    }

    public URI postsUrl() {
        return resolve("/rest/posts");
    }

    public URI ugcPostsUrl() {
        return resolve("/v2/ugcPosts");
    }

    /** The issuer of this fake's id_tokens: {@code {public base}/oauth}. */
    public String issuer() {
        return (config.publicBaseUrl() != null ? config.publicBaseUrl() : baseUrl.toString()) + "/oauth";
    }

    public FakeConfig config() {
        return config;
    }

    /** The actual port, useful when the configuration asked for port 0. */
    public int port() {
        return baseUrl.getPort();
    }

    FakeClock clock() {
        return context.clock();
    }

    FakeState state() {
        return context.state();
    }

    /** Blocks until the fake is stopped (the standalone jar waits here). */
    void join() throws InterruptedException {
        server.join();
    }

    /** Stops listening and releases the port. Idempotent. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    private URI resolve(String path) {
        return URI.create(baseUrl + path);
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; a failure here leaves nothing the caller could act on.
        }
    }

    private static String startFailure(FakeConfig config, Exception e) {
        String where = config.host() + ":" + config.port();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + where + ": address already in use or not available";
            }
        }
        if (e instanceof IOException) {
            return "cannot listen on " + where + ": " + e.getMessage();
        }
        return "cannot start on " + where + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
