package dev.linkedinoauth.fake.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.fixture.Journal;
import dev.linkedinoauth.fake.internal.fixture.OutcomeJson;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.internal.text.Mask;
import dev.linkedinoauth.fake.model.FakeClock;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fake's admin API under {@code /__fake/}, so that the standalone jar and the container can be
 * scripted from any language: the journal, posts, reset, outcomes and the clock. These requests are
 * never recorded in the journal and never answered by a scripted outcome.
 */
public final class AdminEndpoints {
    private final Fixture fixture;
    private final FakeContext context;

    public AdminEndpoints(Fixture fixture) {
        this.fixture = fixture;
        this.context = fixture.context();
    }

    /** {@code GET /__fake/requests[?endpoint=token]}: the journal, oldest first, secrets masked. */
    public FakeResponse requests(FakeRequest request) {
        String filter = request.queryParam("endpoint");
        LinkedInEndpoint endpoint;
        try {
            endpoint = filter == null || filter.isBlank() ? null : LinkedInEndpoint.parse(filter);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Journal.Entry entry : fixture.journal().entries()) {
            RecordedRequest recorded = entry.request();
            if (endpoint == null || endpoint == recorded.endpoint() || endpoint.includes(recorded.endpoint())) {
                listed.add(RequestListing.json(entry));
            }
        }
        return FakeResponse.json(200, Json.object().with("count", listed.size()).with("requests", listed));
    }

    /**
     * {@code GET /__fake/posts}: the posts accepted, oldest first: {@code commentary} as received,
     * {@code keptCommentary} and {@code text} as LinkedIn keeps and shows it, {@code truncated}.
     */
    public FakeResponse posts(FakeRequest request) {
        List<Map<String, Object>> posts = new ArrayList<>();
        for (ReceivedPost post : context.state().posts()) {
            posts.add(Json.object().with("urn", post.urn()).with("api", post.api()).with("clientId", post.clientId())
                    .with("author", post.author()).with("commentary", post.commentary())
                    .with("keptCommentary", post.keptCommentary()).with("text", post.shownText())
                    .with("truncated", post.truncated())
                    .with("visibility", post.visibility()).with("receivedAt", post.receivedAt().toString())
                    .with("body", parseOrText(post.rawJson())));
        }
        return FakeResponse.json(200, Json.object().with("count", posts.size()).with("posts", posts));
    }

    /** {@code POST /__fake/reset}: forgets tokens, posts, requests, outcomes and clock moves; keeps apps and members. */
    public FakeResponse reset(FakeRequest request) {
        fixture.reset();
        return FakeResponse.json(200, Json.object().with("reset", true).with("now", context.now().toString()));
    }

    /** {@code POST /__fake/outcomes}: queues one outcome object or an array of them (see {@link OutcomeJson}). */
    public FakeResponse enqueue(FakeRequest request) {
        List<Outcome> outcomes;
        try {
            outcomes = OutcomeJson.parse(body(request));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        fixture.script().add(outcomes);
        return FakeResponse.json(201, Json.object().with("queued", outcomes.stream().map(OutcomeJson::write).toList()));
    }

    /** {@code GET /__fake/outcomes}: what is still queued, in order, with the requests left for each. */
    public FakeResponse outcomes(FakeRequest request) {
        return FakeResponse.json(200, Json.object().with("outcomes", fixture.script().pending().stream()
                .map(p -> OutcomeJson.write(p.outcome().times(p.remaining()))).toList()));
    }

    /**
     * {@code POST /__fake/clock} with {@code {"advance":"P61D"}} (or a number of seconds), or
     * {@code {"set":"2027-01-01T00:00:00Z"}}: moves the fake's time forward. A value the clock cannot
     * take (backwards, past {@link FakeClock#LATEST}, unreadable) is a 400 and
     * changes nothing.
     */
    public FakeResponse advanceClock(FakeRequest request) {
        try {
            JsonNode json = body(request);
            if (json == null || !json.isObject()) {
                throw new IllegalArgumentException("send {\"advance\":\"P61D\"} (an ISO-8601 duration, or a number of seconds)"
                        + " or {\"set\":\"2027-01-01T00:00:00Z\"}");
            }
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("advance") && !name.equals("set")) {
                    throw new IllegalArgumentException("unknown key \"" + Html.truncate(name, 40)
                            + "\"; the clock takes \"advance\" or \"set\"");
                }
            }
            if (json.size() != 1) {
                throw new IllegalArgumentException("send {\"advance\":\"P61D\"} (an ISO-8601 duration, or a number of seconds)"
                        + " or {\"set\":\"2027-01-01T00:00:00Z\"}, one of them");
            }
            Duration amount = json.has("advance") ? OutcomeJson.duration(json, "advance") : untilInstant(json.get("set"));
            context.clock().advance(amount);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        return clock(request);
    }

    /** How far the clock must move to show {@code value}, an ISO-8601 instant not before the fake's now. */
    private Duration untilInstant(JsonNode value) {
        Instant target;
        try {
            target = Instant.parse(value.asText().trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"set\" must be an ISO-8601 instant such as \"2027-01-01T00:00:00Z\", not "
                    + Html.truncate(value.toString(), 60));
        }
        Instant now = context.now();
        if (target.isBefore(now)) {
            throw new IllegalArgumentException("the fake's clock only moves forward; it is " + now + ", not before " + target);
        }
        if (target.isAfter(FakeClock.LATEST)) {
            throw new IllegalArgumentException("the fake's clock cannot go past " + FakeClock.LATEST);
        }
        return Duration.between(now, target);
    }

    /** {@code GET /__fake/clock}: the fake's time and how far it is ahead. */
    public FakeResponse clock(FakeRequest request) {
        return FakeResponse.json(200, Json.object().with("now", context.now().toString())
                .with("epochSecond", context.now().getEpochSecond())
                .with("offset", context.clock().offset().toString()));
    }

    private static JsonNode body(FakeRequest request) {
        if (request.body().length == 0) {
            return null;
        }
        try {
            return Json.mapper().readTree(request.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
    }

    private static Object parseOrText(String raw) {
        try {
            return Json.mapper().readTree(raw);
        } catch (IOException e) {
            return raw;
        }
    }

    private static FakeResponse badRequest(String message) {
        return RestErrors.error(400, null, null, message);
    }
}
