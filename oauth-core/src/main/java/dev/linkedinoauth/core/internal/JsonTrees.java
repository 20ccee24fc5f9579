package dev.linkedinoauth.core.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * JSON text to Jackson {@link JsonNode} trees and back with jackson-core's streaming parser and generator
 * alone. For start-up: databind's mapper costs ~80 ms on its first use in a fresh JVM (even with
 * the CLI's AppCDS archive), a tree built from the streaming parser ~9 ms, and every CLI command reads JSON
 * (the token file, the token answer, userinfo).
 *
 * <p>Reading builds the trees databind's {@code readTree} builds with its defaults: integers are
 * {@code IntNode}, {@code LongNode} or {@code BigIntegerNode} by the parser's number type, other numbers
 * {@code DoubleNode} (no {@code BigDecimal}), a repeated key keeps its first place and its last value, what
 * follows the first value is ignored, and an empty text is a {@link MissingNode}. Nesting deeper than the
 * parser's {@code StreamReadConstraints} (1000 by default) fails to parse, so the recursion stays shallow.
 * Writing gives the text of {@code writeValueAsString} (compact) and of {@code INDENT_OUTPUT} (pretty:
 * {@link DefaultPrettyPrinter}). Not {@code JsonNode.toString()}: that goes through databind's mapper.
 */
public final class JsonTrees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** The first JSON value of {@code json}; {@link MissingNode} when there is none. */
    public static JsonNode read(String json) throws IOException {
        try (JsonParser parser = Factory.INSTANCE.createParser(json)) {
            return read(parser);
        }
    }

    /** As {@link #read(String)}, the encoding (UTF-8, -16 or -32) detected as the mapper does. */
    public static JsonNode read(byte[] json) throws IOException {
        try (JsonParser parser = Factory.INSTANCE.createParser(json)) {
            return read(parser);
        }
    }

    /** What databind's {@code writeValueAsString(node)} writes. */
    public static String compact(JsonNode node) throws JsonProcessingException {
        return text(node, false);
    }

    /** What {@code writerWithDefaultPrettyPrinter().writeValueAsString(node)} (or {@code INDENT_OUTPUT}) writes. */
    public static String pretty(JsonNode node) throws JsonProcessingException {
        return text(node, true);
    }

    /** What {@code writer().with(INDENT_OUTPUT).writeValueAsBytes(node)} writes: pretty, UTF-8. */
    public static byte[] prettyBytes(JsonNode node) throws JsonProcessingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = Factory.INSTANCE.createGenerator(out, JsonEncoding.UTF8)) {
            write(g, node, true);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static String text(JsonNode node, boolean pretty) throws JsonProcessingException {
        Writer out = new StringWriter();
        try (JsonGenerator g = Factory.INSTANCE.createGenerator(out)) {
            write(g, node, pretty);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static JsonNode read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? MissingNode.getInstance() : value(parser, first);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonParseException(parser, "unexpected end of the document");
        }
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken())); // a repeated key: the last wins
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            }
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return NODES.numberNode(parser.getIntValue());
                    case LONG:
                        return NODES.numberNode(parser.getLongValue());
                    default:
                        return NODES.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default: // END_OBJECT where a value belongs, or an embedded object JSON text never has
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private static void write(JsonGenerator g, JsonNode node, boolean pretty) throws IOException {
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        write(g, node);
    }

    /** As each node's own {@code serialize} writes it; the generator's depth limit bounds the recursion. */
    private static void write(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT:
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    g.writeFieldName(e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
                break;
            case ARRAY:
                g.writeStartArray();
                for (JsonNode e : node) {
                    write(g, e);
                }
                g.writeEndArray();
                break;
            case STRING:
                g.writeString(node.textValue());
                break;
            case NUMBER:
                number(g, node);
                break;
            case BOOLEAN:
                g.writeBoolean(node.booleanValue());
                break;
            case BINARY:
                g.writeBinary(node.binaryValue());
                break;
            case NULL:
            case MISSING:
                g.writeNull();
                break;
            default: // POJO: needs data binding
                throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node without data binding");
        }
    }

    private static void number(JsonGenerator g, JsonNode node) throws IOException {
        switch (node.numberType()) {
            case INT:
                g.writeNumber(node.intValue());
                break;
            case LONG:
                g.writeNumber(node.longValue());
                break;
            case BIG_INTEGER:
                g.writeNumber(node.bigIntegerValue());
                break;
            case FLOAT:
                g.writeNumber(node.floatValue());
                break;
            case DOUBLE:
                g.writeNumber(node.doubleValue());
                break;
            default:
                g.writeNumber(node.decimalValue());
        }
    }

    /** Thread-safe once configured, and configured only here; made on the first use. */
    private static final class Factory {
        static final JsonFactory INSTANCE = new JsonFactory();
    }
}
