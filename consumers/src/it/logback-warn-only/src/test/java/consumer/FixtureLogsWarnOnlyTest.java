package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.linkedinoauth.core.Browser;
import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInOAuth;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Secret;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * logback-classic on the test class path and no logback.xml: logback's default is DEBUG for everything, on
 * the console. Starting the fake, a real login with oauth-core and stopping the fake must still log nothing
 * below WARN from the fixture, the library or the libraries they bring (Jetty, HttpClient 5).
 */
@Timeout(120)
class FixtureLogsWarnOnlyTest {
    static final URI CALLBACK = URI.create("http://127.0.0.1:" + freePort() + "/callback");
    static final FakeMember ADA = FakeMember.builder().id("AdA1ov3l4c").givenName("Ada").familyName("Lovelace").email("ada@example.com").build();
    static final FakeApp APP = FakeApp.builder().redirectUri(CALLBACK.toString()).build();
    static final List<String> OURS = List.of("org.eclipse.jetty", "org.apache.hc", "dev.linkedinoauth");

    @Test
    void startingSigningInAndStoppingLogNothingBelowWarn() {
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(events);
        try {
            LoggerFactory.getLogger("consumer").info("captured at INFO");   // the capture itself sees INFO and DEBUG
            LoginResult result;
            try (FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder().app(APP).member(ADA).build());
                 LinkedInOAuth oauth = LinkedInOAuth.builder()
                         .clientId(APP.clientId())
                         .clientSecret(Secret.of(APP.clientSecret()))
                         .redirectUri(CALLBACK)
                         .endpoints(LinkedInEndpoints.fromDiscovery(fake.url(LinkedInEndpoint.DISCOVERY)))
                         .browser(Browser.httpFollower())
                         .callbackTimeout(Duration.ofSeconds(60))
                         .build()) {
                result = oauth.login();
            }
            assertEquals("ada@example.com", result.member().email());
        } finally {
            root.detachAppender(events);
        }

        assertTrue(events.list.stream().anyMatch(e -> e.getLoggerName().equals("consumer") && e.getLevel() == Level.INFO),
                "the appender captured nothing: " + events.list);
        List<String> belowWarn = events.list.stream()
                .filter(e -> OURS.stream().anyMatch(e.getLoggerName()::startsWith))
                .filter(e -> !e.getLevel().isGreaterOrEqual(Level.WARN))
                .map(e -> e.getLevel() + " " + e.getLoggerName() + " " + e.getFormattedMessage())
                .toList();
        assertEquals(List.of(), belowWarn);
    }

    @Test
    void aLevelTheUserSetIsKept() {
        Logger jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty.server");
        jetty.setLevel(Level.INFO);
        ListAppender<ILoggingEvent> events = new ListAppender<>();
        events.start();
        jetty.addAppender(events);
        try {
            FakeLinkedIn.start(FakeConfig.builder().app(APP).member(ADA).build()).close();
        } finally {
            jetty.detachAppender(events);
            jetty.setLevel(null);
        }

        assertTrue(events.list.stream().anyMatch(e -> e.getLevel() == Level.INFO),
                "Jetty's start and stop lines were expected at the INFO the user set: " + events.list);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
