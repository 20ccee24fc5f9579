package dev.linkedinoauth.fake.internal.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain values with jackson-core's streaming parser alone: objects become
 * insertion-ordered {@code Map<String, Object>} (a repeated key: the last wins), arrays {@code List<Object>},
 * integers {@code Long} (or {@code BigInteger} beyond), other numbers {@code Double}, and strings, booleans and
 * {@code null} themselves. For the configuration file, read at every standalone start: Jackson's data binding
 * ({@link Json#mapper()}, ~250 classes) was a third of the standalone fake's cold start, the streaming parser
 * is a few dozen classes.
 */
public final class JsonValues {
    private JsonValues() {
    }

    /** The first JSON value of {@code json} ({@code null} for an empty text); what follows it is ignored. */
    public static Object read(String json) throws IOException {
        try (JsonParser parser = Factory.INSTANCE.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first == null ? null : value(parser, first);
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of the document");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.put(name, value(parser, parser.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            default:
                return null; // VALUE_NULL
        }
    }

    /** Thread-safe once configured, and configured only here. */
    private static final class Factory {
        static final JsonFactory INSTANCE = new JsonFactory();
    }
}
