package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.fixture.Journal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Any body can be recorded and listed, and the journal is bounded in bytes as well as in count. */
@Timeout(120)
class JournalBoundsTest {
    private final FakeLinkedIn fake = FakeLinkedIn.start();

    @AfterEach
    void close() {
        fake.close();
    }

    private URI url(String path) {
        return URI.create(fake.baseUrl() + path);
    }

    private HttpResponse<String> send(String path, String contentType, byte[] body) {
        return Http.send(Http.request(url(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private JsonNode listed() {
        HttpResponse<String> response = Http.get(url("/__fake/requests"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response);
    }

    @ParameterizedTest(name = "{0} levels to {1}")
    @CsvSource({"999, /v2/nothing", "999, /rest/posts", "999, /oauth/v2/accessToken", "100000, /v2/nothing",
        "100000, /v2/ugcPosts"})
    void deeplyNestedJsonIsRecordedAndListedAsText(int depth, String path) {
        String deep = "[".repeat(depth) + "]".repeat(depth);

        HttpResponse<String> answer = send(path, "application/json", deep.getBytes());
        JsonNode listed = listed();

        assertThat(answer.statusCode()).isLessThan(500);
        assertThat(listed.at("/requests/0/path").asText()).isEqualTo(path);
        assertThat(listed.at("/requests/0/body").asText()).startsWith("[[[[").hasSizeLessThanOrEqualTo(4_001);
        assertThat(fake.takeRequest().body()).hasSize(Math.min(2 * depth, Journal.MAX_BODY_BYTES));
        assertThat(Http.get(url("/__fake/")).statusCode()).isEqualTo(200);
    }

    @Test
    void shallowJsonIsStillListedAsJson() {
        send("/v2/nothing", "application/json", "{\"a\":[1,{\"b\":true}]}".getBytes());

        assertThat(listed().at("/requests/0/json/a/1/b").asBoolean()).isTrue();
    }

    @Test
    void aBodyLargerThanTheRecordedLimitIsCutAndTheListingSaysSo() {
        byte[] body = new byte[Journal.MAX_BODY_BYTES + 1_000];
        Arrays.fill(body, (byte) 'x');

        send("/v2/nothing", "text/plain", body);
        JsonNode entry = listed().at("/requests/0");

        assertThat(fake.takeRequest().body()).hasSize(Journal.MAX_BODY_BYTES);
        assertThat(entry.get("bodyBytes").asInt()).isEqualTo(Journal.MAX_BODY_BYTES + 1_000);
        assertThat(entry.get("bodyTruncated").asBoolean()).isTrue();
    }

    @Test
    void theJournalKeepsWithinItsByteBudgetEvenForInvalidUtf8() {
        byte[] invalid = new byte[1 << 20];
        Arrays.fill(invalid, (byte) 0xFF); // each byte becomes U+FFFD: two bytes of heap, not one
        int sent = 300;
        for (int i = 0; i < sent; i++) {
            assertThat(send("/v2/nothing", "application/octet-stream", invalid).statusCode()).isEqualTo(404);
        }

        long heldBytes = fake.requests().stream().mapToLong(r -> 2L * r.body().length()).sum();

        assertThat(fake.requestCount()).isEqualTo(sent);
        assertThat(fake.requests()).hasSizeLessThan(sent).isNotEmpty();
        assertThat(heldBytes).isLessThanOrEqualTo(Journal.MAX_BYTES);
        assertThat(listed().get("count").asInt()).isEqualTo(fake.requests().size());
        assertThat(Http.get(url("/__fake/health")).statusCode()).isEqualTo(200);
    }
}
