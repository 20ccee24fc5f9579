package dev.linkedinoauth.core.probe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.linkedinoauth.core.internal.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What the contract says the answer is: the status, optionally the media type, body fields (by JSON
 * pointer) with their JSON type or exact value, and headers present, absent or equal to a value. String
 * values may hold {@link Placeholder}s. Immutable: each method returns a copy.
 *
 * <pre>{@code
 * Expectation e = Expectation.status(401).json().field("/error", "invalid_client")
 *         .field("/error_description", JsonType.STRING);
 * }</pre>
 *
 * @param mediaType the expected media type without parameters, or {@code null} for any
 */
public record Expectation(int status, String mediaType, List<Field> fields, List<Header> headers) {

    public Expectation {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
        }
        fields = List.copyOf(fields);
        headers = List.copyOf(headers);
    }

    public static Expectation status(int status) {
        return new Expectation(status, null, List.of(), List.of());
    }

    /** The body is {@code application/json}. */
    public Expectation json() {
        return mediaType("application/json");
    }

    public Expectation mediaType(String type) {
        return new Expectation(status, type.toLowerCase(Locale.ROOT), fields, headers);
    }

    /** The field at {@code pointer} (RFC 6901, e.g. {@code /keys/0/kid}) has this JSON type ({@link JsonType#ABSENT}: is not there). */
    public Expectation field(String pointer, JsonType type) {
        return withField(new Field(pointer, type, null));
    }

    /** The field is this string. */
    public Expectation field(String pointer, String value) {
        return withField(new Field(pointer, JsonType.STRING, TextNode.valueOf(value)));
    }

    /** The field is this number. */
    public Expectation field(String pointer, long value) {
        return withField(new Field(pointer, JsonType.NUMBER, LongNode.valueOf(value)));
    }

    /** The field is this boolean. */
    public Expectation field(String pointer, boolean value) {
        return withField(new Field(pointer, JsonType.BOOLEAN, BooleanNode.valueOf(value)));
    }

    /** The field equals this JSON value (e.g. {@code ["code"]}). */
    public Expectation field(String pointer, JsonNode value) {
        return withField(new Field(pointer, JsonType.of(value), value));
    }

    /** The header is there, whatever its value. */
    public Expectation headerPresent(String name) {
        return withHeader(new Header(name, Header.Presence.PRESENT, null));
    }

    /** The header is not there (e.g. no {@code Location}: an error page, not a redirect). */
    public Expectation headerAbsent(String name) {
        return withHeader(new Header(name, Header.Presence.ABSENT, null));
    }

    /** The header has this value (compared ignoring case). */
    public Expectation header(String name, String value) {
        return withHeader(new Header(name, Header.Presence.EQUALS, Objects.requireNonNull(value, "value")));
    }

    /** One line: the status and every exact value, e.g. {@code 401 error=invalid_client}. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(status);
        for (Field f : fields) {
            if (f.value() != null) {
                s.append(' ').append(f.name()).append('=').append(Field.shown(f.value()));
            }
        }
        return s.toString();
    }

    Stream<String> texts() {
        return Stream.concat(fields.stream().filter(f -> f.value() != null && f.value().isTextual()).map(f -> f.value().asText()),
                headers.stream().filter(h -> h.value() != null).map(Header::value));
    }

    private Expectation withField(Field field) {
        List<Field> more = new ArrayList<>(fields);
        more.add(field);
        return new Expectation(status, mediaType, more, headers);
    }

    private Expectation withHeader(Header header) {
        List<Header> more = new ArrayList<>(headers);
        more.add(header);
        return new Expectation(status, mediaType, fields, more);
    }

    /**
     * A body field.
     *
     * @param pointer a JSON pointer, e.g. {@code /error}
     * @param type    its JSON type
     * @param value   its exact value, or {@code null} when only the type counts
     */
    public record Field(String pointer, JsonType type, JsonNode value) {
        public Field {
            Objects.requireNonNull(pointer, "pointer");
            if (!pointer.startsWith("/")) {
                throw new IllegalArgumentException("a JSON pointer starts with '/', not " + pointer);
            }
            Objects.requireNonNull(type, "type");
        }

        /** The pointer as a short name: {@code error}, {@code keys/0/kid}. */
        public String name() {
            return pointer.substring(1);
        }

        static String shown(JsonNode value) {
            String text = value.isTextual() ? value.asText() : compact(value);
            return text.length() > 200 ? text.substring(0, 197) + "..." : text;
        }

        /** toString()'s text without databind's mapper, which toString() starts (see JsonTrees). */
        private static String compact(JsonNode value) {
            try {
                return value.isPojo() ? value.toString() : JsonTrees.compact(value);
            } catch (JsonProcessingException e) { // deeper than the generator's limit: toString() says what
                return value.toString();
            }
        }
    }

    /**
     * A response header.
     *
     * @param value the expected value for {@link Presence#EQUALS}, else {@code null}
     */
    public record Header(String name, Presence presence, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(presence, "presence");
        }

        public enum Presence { PRESENT, ABSENT, EQUALS }
    }
}
