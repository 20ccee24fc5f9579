package dev.linkedinoauth.fake.internal.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.fixture.Journal;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.internal.text.Mask;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * One recorded request as {@code GET /__fake/requests} lists it, masked as the dashboard masks it
 * ({@link Mask}, one function per place a secret travels). Any body can be listed: a form is decoded
 * leniently, JSON is shown as JSON only when it is shallow enough to write back ({@value #MAX_JSON_DEPTH}
 * levels, checked by a streaming pass before anything is built), anything else as masked text.
 */
final class RequestListing {
    /** Deeper JSON is listed as text: writing it back would meet Jackson's nesting limit (or the stack). */
    static final int MAX_JSON_DEPTH = 64;
    /** The text of a body that is not listed as form or JSON is cut at this many characters. */
    static final int MAX_TEXT = 4_000;

    private RequestListing() {
    }

    static Map<String, Object> json(Journal.Entry entry) {
        RecordedRequest recorded = entry.request();
        Json.Obj json = Json.object().with("method", recorded.method()).with("path", recorded.path())
                .with("query", Mask.query(recorded.query())).with("endpoint", recorded.endpoint().jsonName())
                .with("status", recorded.status()).with("receivedAt", recorded.receivedAt().toString())
                .with("headers", Mask.headers(recorded.headers()));
        String body = recorded.body();
        if (body.isEmpty()) {
            return json;
        }
        if (isForm(recorded) && !entry.bodyTruncated()) {
            json.with("form", Mask.form(body));
        } else {
            JsonNode parsed = entry.bodyTruncated() ? null : shallowJson(body);
            if (parsed != null) {
                json.with("json", Mask.json(parsed));
            } else {
                json.with("body", Mask.text(Html.truncate(body, MAX_TEXT)));
            }
        }
        if (entry.bodyTruncated()) {
            json.with("bodyBytes", entry.bodyBytes()).with("bodyTruncated", true);
        }
        return json;
    }

    /** A URL to show for the request: its path and query, secrets masked; the dashboard's "Path" column. */
    static String target(RecordedRequest recorded) {
        return recorded.path() + (recorded.query().isEmpty() ? "" : "?" + Mask.query(recorded.query()));
    }

    private static boolean isForm(RecordedRequest recorded) {
        String type = recorded.header("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The body as JSON if it is JSON at most {@link #MAX_JSON_DEPTH} deep; else {@code null}. Never recursive before the check. */
    static JsonNode shallowJson(String body) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(body)) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    if (++depth > MAX_JSON_DEPTH) {
                        return null;
                    }
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                }
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(body);
            return node == null || node.isMissingNode() ? null : node;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
