package dev.linkedinoauth.fake.internal.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.Route;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever an endpoint throws, even an Error, that request gets one JSON line and the next request is served. */
class FakeHandlerBackstopTest {
    private final FakeHandler handler = new FakeHandler(
            Fixture.around(new FakeContext(FakeConfig.defaults(), null, null, null, null)),
            List.of(Route.get("/overflow", request -> {
                throw new StackOverflowError();
            }), Route.get("/bug", request -> {
                throw new IllegalStateException("secret-looking detail");
            }), Route.get("/__fake/health", request -> FakeResponse.json(200, Json.object().with("status", "UP")))),
            new PublicBaseUrl(FakeConfig.defaults()));

    private static FakeRequest get(String path) {
        return new FakeRequest("GET", path, null, Map.of(), new byte[0], "http://127.0.0.1:1", Instant.EPOCH);
    }

    @Test
    void anErrorInAnEndpointIsOneLineAndTheNextRequestIsServed() {
        for (String path : new String[] {"/overflow", "/bug"}) {
            FakeResponse failed = handler.serve(get(path));

            assertThat(failed.status()).as(path).isEqualTo(500);
            assertThat(new String(failed.body(), StandardCharsets.UTF_8)).as(path)
                    .contains("fake-linkedin internal error").doesNotContain("\n", "secret-looking", "at dev.");
            assertThat(handler.serve(get("/__fake/health")).status()).as(path).isEqualTo(200);
        }
    }
}
