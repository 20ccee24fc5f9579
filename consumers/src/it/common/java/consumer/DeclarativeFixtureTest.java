package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.junit.FakeLinkedInTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotation style: the one a JUnit older than 5.12 used to fail on (@ResourceLock(providers)). */
@FakeLinkedInTest
class DeclarativeFixtureTest {
    private static FakeLinkedIn fromBeforeAll;

    @BeforeAll
    static void keep(FakeLinkedIn fake) {
        fromBeforeAll = fake;
    }

    @Test
    void servesTheDiscoveryDocument(FakeLinkedIn fake) throws Exception {
        HttpResponse<String> discovery = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(fake.url(LinkedInEndpoint.DISCOVERY)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, discovery.statusCode());
        assertTrue(discovery.body().contains(fake.url(LinkedInEndpoint.TOKEN).toString()), discovery.body());
    }

    @Test
    void injectsTheClassesFake(FakeLinkedIn fake) {
        assertSame(fromBeforeAll, fake);
        assertNotSame(null, fake.baseUrl());
    }
}
