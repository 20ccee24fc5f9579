package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link TokenPrinter#toJson} writes what databind's mapper wrote with INDENT_OUTPUT and NON_NULL, which it replaces. */
class TokenPrinterJsonTest {

    @SuppressWarnings("deprecation") // setSerializationInclusion: exactly what toJson called before
    private static final ObjectMapper BEFORE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    @Test
    void theShapesTheCommandsPrintAreWrittenAsBefore() throws Exception {
        // token --json: strings, a long, a list; null values left out.
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("access_token_masked", "AQV…x9Q");
        token.put("token_type", "Bearer");
        token.put("expires_in", 5183999L);
        token.put("expires_at", "2026-03-02T00:00:00Z");
        token.put("scope", List.of("openid", "profile", "email"));
        token.put("member_id", "abc123");
        token.put("name", "Ada \"the\" Lovelace é 😀\n\u0001");
        token.put("email", null);
        assertSameAsBefore(token);

        // status --json: nested maps in a list, booleans, an empty list, a null at the top and in a row.
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("client_id", "client");
        row.put("current", true);
        row.put("server", null);
        row.put("scope", List.of());
        row.put("expired", false);
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("store", "/tmp/x/tokens.json");
        status.put("current", null);
        status.put("entries", List.of(row, Map.of()));
        assertSameAsBefore(status);

        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("entries", new ArrayList<>());
        assertSameAsBefore(empty);
        assertSameAsBefore(new LinkedHashMap<>());

        // probe --json: ints and longs in a nested map; a null in a list stays (NON_NULL is about map values).
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("PASS", 3L);
        summary.put("DRIFT", 0L);
        Map<String, Object> probe = new LinkedHashMap<>();
        probe.put("summary", summary);
        probe.put("retry_after_seconds", Long.MAX_VALUE);
        probe.put("count", Integer.MIN_VALUE);
        probe.put("results", Arrays.asList("a", null, List.of(List.of())));
        assertSameAsBefore(probe);
    }

    @Test
    void otherValuesAreRefused() {
        assertThatThrownBy(() -> TokenPrinter.toJson(Map.of("when", java.time.Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSameAsBefore(Object value) throws Exception {
        assertThat(TokenPrinter.toJson(value)).isEqualTo(BEFORE.writeValueAsString(value));
    }
}
