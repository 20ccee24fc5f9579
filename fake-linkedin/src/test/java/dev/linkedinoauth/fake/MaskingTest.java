package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** /__fake/requests, the dashboard and RecordedRequest.toString mask every place a secret can travel, alike. */
@Timeout(30)
class MaskingTest {
    private static final String SECRET = "S3cretValueThatMustNotShow";
    private final FakeLinkedIn fake = FakeLinkedIn.start();

    @AfterEach
    void close() {
        fake.close();
    }

    private URI url(String path) {
        return URI.create(fake.baseUrl() + path);
    }

    private void post(String path, String contentType, String body, String... headers) {
        Http.send(Http.request(url(path), headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void noSecretShowsInTheListingTheDashboardOrTheRecordedLines() {
        List<String> names = List.of("oauth2_access_token", "code", "client_secret", "access_token", "refresh_token");
        for (String name : names) {
            Http.raw(fake, "GET /v2/userinfo?" + name + "=" + name + SECRET + "&x=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n"); // a malformed escape next to the secret: java.net.URI would refuse it
        }
        post("/oauth/v2/accessToken", "application/x-www-form-urlencoded", "client_secret=form" + SECRET + "&x=%zz");
        post("/oauth/v2/accessToken", "application/x-www-form-urlencoded", "grant_type=client_credentials&client_secret=plain" + SECRET);
        post("/rest/posts", "application/json", "{\"client_secret\":\"json" + SECRET + "\",\"deep\":[{\"access_token\":\"nested"
                + SECRET + "\"}]}");
        post("/rest/posts", "application/json", "{\"refresh_token\":\"broken" + SECRET + "\", oops");
        post("/v2/nothing", "text/plain", "token=text" + SECRET + " and \"code\": \"quoted" + SECRET + "\"");
        Http.get(url("/v2/me"), "Authorization", "Bearer header" + SECRET, "X-Api-Token", "custom" + SECRET);

        String listing = Http.get(url("/__fake/requests")).body();
        String dashboard = Http.get(url("/__fake/")).body();
        String lines = fake.requests().toString();

        assertThat(fake.requests()).hasSize(names.size() + 6);
        for (String shown : List.of(listing, dashboard, lines)) {
            assertThat(shown).doesNotContain(SECRET).doesNotContain(SECRET.substring(3, SECRET.length() - 3));
        }
        assertThat(listing).contains("oau…how", "client_secret=cli…how", "Bearer hea…how");
    }

    @Test
    void theListingAndTheDashboardShowTheSameMaskedQuery() {
        Http.get(url("/v2/userinfo?oauth2_access_token=" + SECRET + "&state=visible"));

        String masked = Http.json(Http.get(url("/__fake/requests"))).at("/requests/0/query").asText();

        assertThat(masked).isEqualTo("oauth2_access_token=S3c…how&state=visible");
        assertThat(Http.get(url("/__fake/")).body()).contains("/v2/userinfo?" + masked.replace("&", "&amp;"));
    }
}
