package dev.linkedinoauth.fake;

import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.server.FakeHandler;
import dev.linkedinoauth.fake.internal.server.PublicBaseUrl;
import dev.linkedinoauth.fake.internal.server.QuietLogging;
import dev.linkedinoauth.fake.internal.server.Routes;
import dev.linkedinoauth.fake.internal.server.SharedJetty;
import dev.linkedinoauth.fake.internal.server.StartAhead;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.FakeState;
import dev.linkedinoauth.fake.internal.state.SigningKey;
import dev.linkedinoauth.fake.internal.state.TokenFactory;
import dev.linkedinoauth.fake.model.FakeClock;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeStartException;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An offline fake of LinkedIn's OAuth, OpenID Connect, member and posting endpoints, on a loopback
 * port. Cheap to start: use one per test (or the JUnit extension, {@link dev.linkedinoauth.fake.junit.FakeLinkedInTest}).
 * Besides LinkedIn's endpoints it is a test fixture: queue {@link Outcome}s and faults, move its
 * {@link #clock()}, take or verify the requests it received, read the posts it accepted.
 *
 * <pre>{@code
 * try (FakeLinkedIn fake = FakeLinkedIn.start()) {
 *     URI authorize = fake.url(LinkedInEndpoint.AUTHORIZATION); // http://127.0.0.1:PORT/oauth/v2/authorization
 * }
 * }</pre>
 */
public final class FakeLinkedIn implements AutoCloseable {
    /** How long {@link #takeRequest()} waits: long enough for a slow machine, never forever. */
    public static final Duration DEFAULT_TAKE_TIMEOUT = Duration.ofSeconds(10);

    static {
        JettyTuning.beforeJettyLoads();
    }

    /**
     * Before Jetty's first class: logging kept quiet (no SLF4J warning, Jetty at WARN: see QuietLogging), then
     * the JDK's locale and SecureRandom caches warmed beside the caller's work (StartAhead). The standalone main
     * calls it before it reads its configuration file.
     */
    static void startAhead() {
        QuietLogging.init();
        StartAhead.begin();
    }

    private final FakeConfig config;
    private final Fixture fixture;
    private final Server server;
    private final URI baseUrl;
    /** Counted down by {@link #close()}: Jetty's own join waits for the thread pool, which is shared and never stops. */
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    private FakeLinkedIn(FakeConfig config, Fixture fixture, Server server, URI baseUrl) {
        this.config = config;
        this.fixture = fixture;
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
        return start(config, new FakeClock(Clock.systemUTC()));
    }

    /**
     * Starts a fake whose time is {@code baseClock} plus whatever {@link #clock()} is advanced by; a
     * {@link Clock#fixed fixed} clock makes time stand still between advances, for exact arithmetic.
     */
    public static FakeLinkedIn start(FakeConfig config, Clock baseClock) {
        return start(config, new FakeClock(baseClock));
    }

    static FakeLinkedIn start(FakeConfig config, FakeClock clock) {
        startAhead();
        Fixture fixture = Fixture.around(new FakeContext(config, clock, new FakeState(), new TokenFactory(), SigningKey.shared()));
        // Threads, timer and buffers are the JVM's fakes' own, shared: a later fake starts warm (see SharedJetty).
        Server server = new Server(SharedJetty.threads(), SharedJetty.scheduler(), SharedJetty.buffers());
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // No acceptor thread: the selector accepts. A blocking accept() holds the listening socket open until
        // its thread wakes, after a stop that does not wait for it (the shared pool outlives this fake), so the
        // port was still taken for a moment after close(); the selector's own stop releases it before returning.
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new FakeHandler(fixture, Routes.all(fixture), new PublicBaseUrl(config)));
        server.setStopTimeout(0); // no graceful wait: tests close one fake per test, idle keep-alive connections must not delay that
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new FakeStartException(startFailure(config, e), e);
        }
        URI baseUrl = URI.create(PublicBaseUrl.listening(config.host(), connector.getLocalPort()));
        return new FakeLinkedIn(config, fixture, server, baseUrl);
    }

    /** The loopback URL the fake listens on, e.g. {@code http://127.0.0.1:54321}, without a trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * The URL of one of LinkedIn's endpoints on this fake, e.g. {@code url(LinkedInEndpoint.TOKEN)} is
     * {@code http://127.0.0.1:PORT/oauth/v2/accessToken}.
     *
     * @throws IllegalArgumentException for the groups {@link LinkedInEndpoint#API}, {@link LinkedInEndpoint#ANY}
     *                                  and for {@link LinkedInEndpoint#OTHER}, which have no single path
     */
    public URI url(LinkedInEndpoint endpoint) {
        return resolve(pathOf(endpoint));
    }

    private static String pathOf(LinkedInEndpoint endpoint) {
        if (endpoint.path() == null) {
            throw new IllegalArgumentException(endpoint + " has no single URL; name one endpoint, such as LinkedInEndpoint.TOKEN");
        }
        return endpoint.path();
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

    /** The admin dashboard page, {@code {base}/__fake/}: apps, members, tokens, recent requests, posts. */
    public URI dashboardUrl() {
        return resolve("/__fake/");
    }

    /** The feed page, {@code {base}/__fake/feed}: the posts received as LinkedIn would show them. */
    public URI feedUrl() {
        return resolve("/__fake/feed");
    }

    // --- test fixture ----------------------------------------------------------------------------

    /** This fake's clock: {@code fake.clock().advance(Duration.ofDays(61))} expires every access token issued so far. */
    public FakeClock clock() {
        return fixture.context().clock();
    }

    /**
     * Queues outcomes, used in order by the next matching requests (see {@link Outcome}).
     *
     * <pre>{@code
     * fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.TOKEN).times(2));
     * }</pre>
     */
    public void enqueue(Outcome... outcomes) {
        List<Outcome> list = List.of(outcomes); // rejects nulls before anything is queued
        fixture.script().add(list);
    }

    /** The outcomes still queued, each with how many more requests it will answer. */
    public List<Outcome> pendingOutcomes() {
        return fixture.script().pending().stream().map(p -> p.outcome().times(p.remaining())).toList();
    }

    /**
     * The oldest request not returned by an earlier {@code takeRequest}, waiting up to
     * {@link #DEFAULT_TAKE_TIMEOUT} for one to arrive.
     *
     * @throws AssertionError when none arrives in time, listing what was received
     */
    public RecordedRequest takeRequest() {
        return takeRequest(DEFAULT_TAKE_TIMEOUT);
    }

    /**
     * As {@link #takeRequest()}, waiting up to {@code timeout}.
     *
     * @throws AssertionError when none arrives in time
     */
    public RecordedRequest takeRequest(Duration timeout) {
        RecordedRequest request;
        try {
            request = fixture.journal().take(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for a request", e);
        }
        if (request == null) {
            throw new AssertionError("no request arrived within " + timeout.toMillis() + " ms; "
                    + Verification.received(fixture.journal().all()));
        }
        return request;
    }

    /** Every request received since the start or the last {@link #reset()}, oldest first (the fake's own /__fake/ calls excluded). */
    public List<RecordedRequest> requests() {
        return fixture.journal().all();
    }

    /** How many requests were received since the start or the last {@link #reset()}. */
    public int requestCount() {
        return (int) Math.min(Integer.MAX_VALUE, fixture.journal().count());
    }

    /**
     * Checks that at least one received request matches, and returns the first that does.
     *
     * @throws AssertionError naming the pattern and listing every request received
     */
    public RecordedRequest verify(RequestPattern pattern) {
        return Verification.atLeastOnce(pattern, requests());
    }

    /**
     * Checks that exactly {@code times} received requests match, and returns them.
     *
     * @throws AssertionError naming the pattern, the count and listing every request received
     */
    public List<RecordedRequest> verify(int times, RequestPattern pattern) {
        return Verification.exactly(times, pattern, requests());
    }

    /** The posts accepted by {@code /rest/posts} and {@code /v2/ugcPosts}, oldest first. */
    public List<ReceivedPost> posts() {
        return fixture.context().state().posts();
    }

    /**
     * The images of the Images API, oldest first, with their status on the fake's clock and the bytes as
     * uploaded. At most {@value dev.linkedinoauth.fake.internal.state.ImageStore#MAX_IMAGES} images and 64 MiB
     * are kept; the oldest go first.
     *
     * <pre>{@code
     * assertThat(fake.images().get(0).bytes()).isEqualTo(Files.readAllBytes(png));
     * }</pre>
     */
    public List<dev.linkedinoauth.fake.model.ReceivedImage> images() {
        java.time.Instant now = fixture.context().now();
        return fixture.context().state().images().all().stream().map(image -> image.toReceived(now)).toList();
    }

    /** One image by URN ({@code urn:li:image:…}), e.g. of a {@link ReceivedPost#media()} entry; empty when unknown. */
    public java.util.Optional<dev.linkedinoauth.fake.model.ReceivedImage> image(String urn) {
        java.time.Instant now = fixture.context().now();
        return fixture.context().state().images().byUrn(urn).map(image -> image.toReceived(now));
    }

    /**
     * Forgets everything tests did: tokens, codes, grants, posts, recorded requests, queued outcomes,
     * and clock advances. Apps and members (the configuration) stay.
     */
    public void reset() {
        fixture.reset();
    }

    FakeState state() {
        return fixture.context().state();
    }

    /** Blocks until the fake is stopped (the standalone jar waits here). */
    void join() throws InterruptedException {
        closed.await();
    }

    /** Stops listening and releases the port. Idempotent. */
    @Override
    public void close() {
        QuietLogging.again(); // Spring Boot may have configured logback anew since start: Jetty's stop lines at WARN too
        stopQuietly(server);
        closed.countDown();
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
