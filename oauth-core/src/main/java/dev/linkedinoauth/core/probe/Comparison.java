package dev.linkedinoauth.core.probe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.linkedinoauth.core.internal.JsonTrees;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** An answer held against an expectation: the observed line and every difference, secrets masked. */
final class Comparison {
    final String observed;
    final List<String> differences;

    private Comparison(String observed, List<String> differences) {
        this.observed = observed;
        this.differences = List.copyOf(differences);
    }

    static Comparison of(Expectation expected, ProbeHttp.Answer answer, RunValues values) {
        List<String> diffs = new ArrayList<>();
        StringBuilder observed = new StringBuilder().append(answer.status());
        if (answer.status() != expected.status()) {
            diffs.add("status " + answer.status() + ", expected " + expected.status());
        }
        if (expected.mediaType() != null && !expected.mediaType().equals(answer.mimeType())) {
            diffs.add("media type " + (answer.mimeType() == null ? "none" : answer.mimeType()) + ", expected " + expected.mediaType());
        }
        JsonNode body = parse(answer.body());
        if (!expected.fields().isEmpty() && body == null) {
            diffs.add("the body is not JSON" + (answer.body().isBlank() ? " (empty)" : ""));
        }
        for (Expectation.Field field : expected.fields()) {
            JsonNode actual = body == null ? null : body.at(field.pointer());
            JsonType actualType = JsonType.of(actual);
            if (field.value() != null) {
                JsonNode wanted = field.value().isTextual() ? TextNode.valueOf(values.fill(field.value().asText())) : field.value();
                observed.append(' ').append(field.name()).append('=')
                        .append(actualType == JsonType.ABSENT ? "(absent)" : Expectation.Field.shown(actual));
                if (!same(wanted, actual)) {
                    diffs.add(field.name() + " is " + describe(actual) + ", expected " + describe(wanted));
                }
            } else if (actualType != field.type()) {
                diffs.add(field.name() + " is " + (actualType == JsonType.ABSENT ? "absent" : actualType.toString())
                        + ", expected " + (field.type() == JsonType.ABSENT ? "absent" : field.type().toString()));
            }
        }
        for (Expectation.Header header : expected.headers()) {
            String actual = answer.header(header.name());
            switch (header.presence()) {
                case PRESENT -> {
                    if (actual == null) {
                        diffs.add("header " + header.name() + " is absent, expected present");
                    }
                }
                case ABSENT -> {
                    if (actual != null) {
                        diffs.add("header " + header.name() + " is present, expected absent");
                    }
                }
                case EQUALS -> {
                    String wanted = values.fill(header.value());
                    if (actual == null || !actual.strip().equalsIgnoreCase(wanted)) {
                        diffs.add("header " + header.name() + " is " + (actual == null ? "absent" : "\"" + actual + "\"")
                                + ", expected \"" + wanted + "\"");
                    }
                }
            }
        }
        List<String> masked = diffs.stream().map(values::mask).toList();
        return new Comparison(values.mask(observed.toString()), masked);
    }

    /** JSON equality, with numbers compared by value (401 read as an int equals 401 written as a long). */
    static boolean same(JsonNode wanted, JsonNode actual) {
        if (actual == null) {
            return false;
        }
        if (wanted.isNumber() && actual.isNumber()) {
            return wanted.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        return wanted.equals(actual);
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "absent";
        }
        String shown = Expectation.Field.shown(node);
        return node.isTextual() ? "\"" + shown + "\"" : shown;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            // The streaming reader, not databind's mapper: see JsonTrees (start-up).
            JsonNode node = JsonTrees.read(body);
            return node.isContainerNode() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }
}
