package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.junit.FakeLinkedInExtension;
import dev.linkedinoauth.fake.junit.FakeLinkedInTest;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The relocated fake runs beside the application's Jetty 11 and Jackson 2.17, which keep working. */
class BesideJetty11Test {

    @FakeLinkedInTest
    @Nested
    class Declarative {
        @Test
        void servesDiscoveryWhileTheApplicationsJetty11Runs(FakeLinkedIn fake) throws Exception {
            Server app = new Server();   // Jetty 11's API: org.eclipse.jetty.server, 11.x
            ServerConnector connector = new ServerConnector(app);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            app.addConnector(connector);
            app.start();
            try {
                assertTrue(Server.getVersion().startsWith("11."), Server.getVersion());
                Map<?, ?> discovery = new ObjectMapper().readValue(get(fake.url(LinkedInEndpoint.DISCOVERY)), Map.class);
                assertEquals(fake.url(LinkedInEndpoint.TOKEN).toString(), discovery.get("token_endpoint"));
            } finally {
                app.stop();
            }
        }

        @Test
        void theApplicationKeepsItsOwnJackson() {
            assertEquals("2.17.2", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        }
    }

    @Nested
    class Programmatic {
        @RegisterExtension
        final FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder()
                .member(FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper")
                        .email("grace@example.com").build())
                .build();

        @Test
        void answersUserinfoForAnIssuedToken() throws Exception {
            FakeLinkedIn fake = linkedIn.get();
            assertEquals("Grace", fake.config().defaultMember().givenName());
            assertTrue(get(fake.url(LinkedInEndpoint.JWKS)).contains("\"keys\""));
        }

        @Test
        void theFakesOwnLibrariesAreRelocated() throws Exception {
            Class.forName("dev.linkedinoauth.fake.shaded.jetty.server.Server");
            Class.forName("dev.linkedinoauth.fake.shaded.jackson.databind.ObjectMapper");
        }
    }

    static String get(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
