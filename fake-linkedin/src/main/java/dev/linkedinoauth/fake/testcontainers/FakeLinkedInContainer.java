package dev.linkedinoauth.fake.testcontainers;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;

/**
 * The fake LinkedIn in a container, for Testcontainers: configure it with {@code with*}, start it,
 * and point the code under test at its URLs.
 *
 * <pre>{@code
 * FakeLinkedInContainer fake = new FakeLinkedInContainer("linkedin-oauth/fake-linkedin:0.1.0-SNAPSHOT")
 *         .withApp(FakeApp.builder().redirectUri("http://localhost:8765/callback").build());
 * fake.start(); URI token = URI.create(fake.getUrl(LinkedInEndpoint.TOKEN));
 * }</pre>
 *
 * <p>Two networking modes. By default (mapped ports, the usual mode on a developer's machine) the fake
 * listens on port {@value #CONTAINER_PORT} on every interface of the container, published on a random
 * host port. With {@link #withHostNetwork()} (for daemons without bridge networking, as in this
 * project's CI) it shares the host's network and binds 127.0.0.1 on a free port, never every
 * interface of the host.
 *
 * <p>The issuer, the discovery document and the id_tokens name the fake's public URL. Listening on every
 * interface, the fake takes it from each request's {@code Host} header, so every client sees the URL it
 * used: this JVM {@link #getBaseUrl()}, an application in another container {@code http://ALIAS:8080}.
 * A token is issued for the URL of the request that exchanged the code. {@link #withPublicUrl(String)}
 * fixes one URL for all instead. Under host networking the public URL is {@link #getBaseUrl()}.
 */
public class FakeLinkedInContainer extends GenericContainer<FakeLinkedInContainer> {

    /** The image name this class is written for; use a tag of it, or a compatible image. */
    public static final DockerImageName DEFAULT_IMAGE_NAME = DockerImageName.parse("linkedin-oauth/fake-linkedin");

    /** The port the fake listens on inside the container in mapped-port mode. */
    public static final int CONTAINER_PORT = 8080;

    static final String CONFIG_PATH = "/config/fake-linkedin.json";
    static final String HOST_NETWORK = "host";
    private static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private FakeConfig baseConfig;
    private final List<FakeApp> apps = new ArrayList<>();
    private final List<FakeMember> members = new ArrayList<>();
    private Consent consent;
    private String publicUrl;
    private int hostNetworkPort;
    private FakeConfig containerConfig;

    /** A container of the given image, which must be {@link #DEFAULT_IMAGE_NAME} or declared compatible with it. */
    public FakeLinkedInContainer(DockerImageName imageName) {
        super(imageName);
        imageName.assertCompatibleWith(DEFAULT_IMAGE_NAME);
        waitingFor(new HealthEndpointWait(this::getHealthUrl).withStartupTimeout(DEFAULT_STARTUP_TIMEOUT));
    }

    /** A container of the given image, such as {@code linkedin-oauth/fake-linkedin:0.1.0-SNAPSHOT}. */
    public FakeLinkedInContainer(String imageName) {
        this(DockerImageName.parse(imageName));
    }

    /**
     * Starts from this configuration (apps, members, consent, public URL) instead of the defaults;
     * {@link #withApp}, {@link #withMember} and {@link #withConsent} add to it. Host and port are the
     * container's business and are ignored.
     */
    public FakeLinkedInContainer withConfig(FakeConfig config) {
        this.baseConfig = Objects.requireNonNull(config, "config");
        return self();
    }

    /**
     * Starts from a JSON configuration file, the format of the standalone fake; read now, so that a
     * mistake in it fails here with one line rather than as a container that does not start.
     *
     * @throws FakeConfigException when the file is missing or invalid
     */
    public FakeLinkedInContainer withConfig(Path jsonFile) {
        return withConfig(FakeConfig.fromJson(jsonFile));
    }

    /** Registers an app; the first app added replaces the default app unless a configuration was given. */
    public FakeLinkedInContainer withApp(FakeApp app) {
        apps.add(Objects.requireNonNull(app, "app"));
        return self();
    }

    /** Adds a member; the first member is the one automatic consent signs in. */
    public FakeLinkedInContainer withMember(FakeMember member) {
        members.add(Objects.requireNonNull(member, "member"));
        return self();
    }

    /** How the authorization endpoint answers: at once ({@link Consent#AUTO}) or with pages a browser drives. */
    public FakeLinkedInContainer withConsent(Consent newConsent) {
        this.consent = Objects.requireNonNull(newConsent, "consent");
        return self();
    }

    /**
     * One base URL for the fake to name in its issuer, discovery document and id_tokens, whatever URL a
     * client used, such as {@code http://fake-linkedin:8080} for an application that reaches it through
     * a network alias and validates the issuer against a configured value.
     */
    public FakeLinkedInContainer withPublicUrl(String url) {
        this.publicUrl = Objects.requireNonNull(url, "url");
        return self();
    }

    /** Shares the host's network: the fake binds 127.0.0.1 on a free port (for Docker without bridge networking). */
    public FakeLinkedInContainer withHostNetwork() {
        return withNetworkMode(HOST_NETWORK);
    }

    @Override
    protected void configure() {
        boolean hostNetwork = HOST_NETWORK.equals(getNetworkMode());
        String listenHost;
        int listenPort;
        if (hostNetwork) {
            listenHost = "127.0.0.1";
            listenPort = freeLoopbackPort();
            hostNetworkPort = listenPort;
            setExposedPorts(List.of());
        } else {
            listenHost = "0.0.0.0";
            listenPort = CONTAINER_PORT;
            hostNetworkPort = 0;
            setExposedPorts(List.of(CONTAINER_PORT));
        }
        containerConfig = effectiveConfig(listenHost, listenPort);
        withEnv("FAKE_LINKEDIN_CONFIG", CONFIG_PATH);
        withEnv("FAKE_LINKEDIN_HOST", listenHost);
        withEnv("FAKE_LINKEDIN_PORT", String.valueOf(listenPort));
        if (containerConfig.publicBaseUrl() != null) {
            withEnv("FAKE_LINKEDIN_PUBLIC_URL", containerConfig.publicBaseUrl());
        }
    }

    /** Copies this start's configuration in once the container exists, before it runs (each start anew). */
    @Override
    protected void containerIsCreated(String containerId) {
        byte[] json = containerConfig.toJson().getBytes(StandardCharsets.UTF_8);
        copyFileToContainer(Transferable.of(json, 0644), CONFIG_PATH);
    }

    /** The configuration the next (or current) start gives the fake; null before {@link #configure()}. */
    FakeConfig containerConfig() {
        return containerConfig;
    }

    /** The configuration the container receives: the given one, plus what the {@code with*} calls added. */
    FakeConfig effectiveConfig(String listenHost, int listenPort) {
        FakeConfig.Builder builder = baseConfig == null ? FakeConfig.builder() : baseConfig.toBuilder();
        apps.forEach(builder::app);
        members.forEach(builder::member);
        if (consent != null) {
            builder.consent(consent);
        }
        if (publicUrl != null) {
            builder.publicBaseUrl(publicUrl);
        }
        return builder.host(listenHost).port(listenPort).build();
    }

    /**
     * The URL this JVM reaches the fake at, such as {@code http://localhost:49153} (mapped port) or
     * {@code http://127.0.0.1:43121} (host network).
     *
     * @throws IllegalStateException before the container is started
     */
    public String getBaseUrl() {
        if (hostNetworkPort > 0) {
            return "http://127.0.0.1:" + hostNetworkPort;
        }
        if (!isRunning()) {
            throw new IllegalStateException("the fake-linkedin container is not started");
        }
        return "http://" + HealthEndpointWait.urlHost(getHost()) + ":" + getMappedPort(CONTAINER_PORT);
    }

    /**
     * The URL this JVM reaches one of LinkedIn's endpoints at, e.g. {@code getUrl(LinkedInEndpoint.TOKEN)} is
     * {@code http://localhost:49153/oauth/v2/accessToken}.
     *
     * @throws IllegalArgumentException for the groups {@link LinkedInEndpoint#API}, {@link LinkedInEndpoint#ANY}
     *                                  and for {@link LinkedInEndpoint#OTHER}, which have no single path
     * @throws IllegalStateException    before the container is started
     */
    public String getUrl(LinkedInEndpoint endpoint) {
        if (endpoint.path() == null) {
            throw new IllegalArgumentException(endpoint + " has no single URL; name one endpoint, such as LinkedInEndpoint.TOKEN");
        }
        return getBaseUrl() + endpoint.path();
    }

    /** {@code GET}: 200 once the fake serves requests; what the wait strategy polls. */
    public String getHealthUrl() {
        return getBaseUrl() + "/__fake/health";
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new ContainerLaunchException("no free loopback port for the fake-linkedin container: " + e.getMessage(), e);
        }
    }
}
