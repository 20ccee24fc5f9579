package dev.linkedinoauth.fake.internal.admin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.LinkedInEndpoint;
import dev.linkedinoauth.fake.LinkedInError;
import dev.linkedinoauth.fake.Outcome;
import dev.linkedinoauth.fake.internal.server.Html;
import dev.linkedinoauth.fake.internal.server.Json;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Outcomes as JSON, for {@code POST /__fake/outcomes}: one object or an array of them.
 *
 * <pre>
 * {"endpoint":"token","status":429,"retryAfter":2}
 * {"endpoint":"userinfo","error":"EXPIRED_ACCESS_TOKEN","times":2}
 * {"kind":"cancelConsent"}   {"kind":"cancelSignIn"}   {"kind":"unprovisionedScope","scope":"r_liteprofile"}
 * {"endpoint":"token","kind":"delay","delay":"PT3S"}   {"endpoint":"posts","kind":"drop"}
 * </pre>
 *
 * The kind may be left out when {@code status}, {@code error}, {@code delay} or {@code scope} says it.
 * Durations are ISO-8601 ({@code PT2S}) or a number of seconds. A misspelt key is an error.
 */
final class OutcomeJson {
    private static final Set<String> KEYS = Set.of("kind", "endpoint", "times", "status", "retryAfter", "body",
            "contentType", "error", "scope", "delay");

    private OutcomeJson() {
    }

    /** @throws IllegalArgumentException with one line naming the problem */
    static List<Outcome> parse(JsonNode json) {
        List<Outcome> outcomes = new ArrayList<>();
        if (json != null && json.isArray()) {
            for (JsonNode item : json) {
                outcomes.add(parseOne(item));
            }
        } else {
            outcomes.add(parseOne(json));
        }
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("no outcome given: send an object such as {\"endpoint\":\"token\",\"status\":429}");
        }
        return outcomes;
    }

    private static Outcome parseOne(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("an outcome is a JSON object such as {\"endpoint\":\"token\",\"status\":429}");
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                throw new IllegalArgumentException("unknown key \"" + name + "\" in an outcome; known keys: " + String.join(", ",
                        new java.util.TreeSet<>(KEYS)));
            }
        }
        String kind = kind(json);
        Outcome outcome = switch (kind) {
            case "status" -> status(json);
            case "error" -> {
                Outcome.ContractError error = Outcome.error(LinkedInError.parse(text(json, "error")));
                error = json.has("endpoint") ? error.on(endpoint(json)) : error;
                yield json.has("retryAfter") ? error.retryAfter(duration(json, "retryAfter")) : error;
            }
            case "cancelsignin", "cancellogin" -> authorizationOnly(json, Outcome.cancelSignIn());
            case "cancelconsent", "cancelauthorize" -> authorizationOnly(json, Outcome.cancelConsent());
            case "unprovisionedscope" -> authorizationOnly(json, Outcome.unprovisionedScope(text(json, "scope")));
            case "delay" -> Outcome.delay(duration(json, "delay")).on(endpoint(json));
            case "drop", "dropconnection" -> Outcome.dropConnection().on(endpoint(json));
            default -> throw new IllegalArgumentException("unknown kind \"" + json.path("kind").asText()
                    + "\"; one of status, error, cancelSignIn, cancelConsent, unprovisionedScope, delay, drop");
        };
        return json.has("times") ? outcome.times(integer(json, "times")) : outcome;
    }

    private static String kind(JsonNode json) {
        if (json.hasNonNull("kind")) {
            return json.get("kind").asText().toLowerCase(Locale.ROOT);
        }
        if (json.has("error")) {
            return "error";
        }
        if (json.has("status")) {
            return "status";
        }
        if (json.has("delay")) {
            return "delay";
        }
        if (json.has("scope")) {
            return "unprovisionedscope";
        }
        throw new IllegalArgumentException("say what should happen: \"status\", \"error\", \"delay\", or \"kind\"");
    }

    private static Outcome.Status status(JsonNode json) {
        Outcome.Status status = Outcome.status(integer(json, "status")).on(endpoint(json));
        if (json.has("retryAfter")) {
            status = status.retryAfter(duration(json, "retryAfter"));
        }
        if (json.has("body")) {
            JsonNode body = json.get("body");
            String text = body.isTextual() ? body.asText() : Json.string(body);
            status = status.body(json.has("contentType") ? text(json, "contentType") : null, text);
        }
        return status;
    }

    private static Outcome authorizationOnly(JsonNode json, Outcome outcome) {
        if (json.has("endpoint") && endpoint(json) != LinkedInEndpoint.AUTHORIZATION) {
            throw new IllegalArgumentException("the member cancels and scope errors happen at the authorization endpoint, not "
                    + json.get("endpoint").asText());
        }
        return outcome;
    }

    private static LinkedInEndpoint endpoint(JsonNode json) {
        return json.has("endpoint") ? LinkedInEndpoint.parse(json.get("endpoint").asText()) : LinkedInEndpoint.ANY;
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a non-empty string");
        }
        return value.asText();
    }

    private static int integer(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a whole number");
        }
        return value.asInt();
    }

    /** An ISO-8601 duration ({@code PT2S}, {@code P61D}) or a number of seconds. */
    static Duration duration(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value != null && value.isNumber() && value.asDouble() >= 0) {
            return Duration.ofMillis(Math.round(value.asDouble() * 1000));
        }
        if (value != null && value.isTextual()) {
            try {
                return Duration.parse(value.asText().trim());
            } catch (DateTimeParseException e) {
                // reported below, in one line
            }
        }
        throw new IllegalArgumentException("\"" + key + "\" must be an ISO-8601 duration such as \"PT2S\" or \"P61D\","
                + " or a number of seconds, not " + Html.truncate(String.valueOf(value), 60));
    }

    /** The outcome as JSON, in the form {@link #parse} reads; {@code times} is what is left of it. */
    static Map<String, Object> write(Outcome outcome) {
        Json.Obj json = Json.object();
        if (outcome instanceof Outcome.CancelSignIn) {
            json.with("kind", "cancelSignIn");
        } else if (outcome instanceof Outcome.CancelConsent) {
            json.with("kind", "cancelConsent");
        } else if (outcome instanceof Outcome.UnprovisionedScope scope) {
            json.with("kind", "unprovisionedScope").with("scope", scope.scope());
        } else if (outcome instanceof Outcome.ContractError error) {
            json.with("kind", "error").with("error", error.error().name())
                    .withIfPresent("retryAfter", error.retryAfter() == null ? null : error.retryAfter().toSeconds());
        } else if (outcome instanceof Outcome.Status status) {
            json.with("kind", "status").with("status", status.status())
                    .withIfPresent("retryAfter", status.retryAfter() == null ? null : status.retryAfter().toSeconds())
                    .withIfPresent("contentType", status.contentType()).withIfPresent("body", status.body());
        } else if (outcome instanceof Outcome.Delay delay) {
            json.with("kind", "delay").with("delay", delay.delay().toString());
        } else {
            json.with("kind", "drop");
        }
        return json.with("endpoint", outcome.endpoint().jsonName()).with("times", outcome.times());
    }
}
