package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.core.internal.JsonTrees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonTrees} against databind's mapper, which it replaces for start-up: the same trees as
 * {@code readTree}, the same text as {@code writeValueAsString} and {@code INDENT_OUTPUT}, byte for byte.
 */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Tricky documents; each is read and written by both. */
    private static final String[] DOCUMENTS = {
        "{}", "[]", "{\"a\":{}}", "[[],{},[[]]]",
        "{\"a\":{\"b\":[1,2,{\"c\":[true,false,null]}]},\"d\":\"e\"}",
        "{\"u\":\"\\u00e9\\u4e2d\\ud83d\\ude00 é中😀\",\"e\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"}",
        "{\"c\":\"\\u0000\\u0001\\u001f\\u007f\\u2028\\u2029</script>\"}",
        "{\"big\":123456789012345678901234567890,\"neg\":-123456789012345678901234567890}",
        "{\"i\":2147483647,\"i2\":2147483648,\"l\":9223372036854775807,\"l2\":9223372036854775808,\"n\":-2147483649}",
        "{\"f\":1e300,\"g\":-0.0,\"h\":0.1,\"k\":1.5E-7,\"m\":1e999,\"o\":-1e999,\"p\":123.456e2,\"q\":0}",
        "{\"a\":1,\"b\":2,\"a\":{\"x\":3},\"b\":null}",
        "{\"a\":1} trailing garbage",
        "[1,2] ]]]",
        "{\"expires_in\":\"1800\",\"n\":\"-0.0\",\"x\":\"1e300\"}",
        "  \n\t{ \"spaced\" : [ 1 , 2 ] }  ",
        "\"a string\"", "123", "-0.0", "true", "null",
    };

    @Test
    void readsTheTreesReadTreeReads() throws Exception {
        for (String doc : DOCUMENTS) {
            JsonNode expected = MAPPER.readTree(doc);
            assertThat(JsonTrees.read(doc)).as(doc).isEqualTo(expected);
            assertThat(JsonTrees.read(doc.getBytes(StandardCharsets.UTF_8))).as(doc).isEqualTo(expected);
            assertThat(JsonTrees.read(doc.getBytes(StandardCharsets.UTF_16))).as(doc).isEqualTo(expected);
            // equals compares objects as maps: the text shows the order of the fields too.
            assertThat(MAPPER.writeValueAsString(JsonTrees.read(doc))).as(doc).isEqualTo(MAPPER.writeValueAsString(expected));
        }
    }

    @Test
    void numbersGetTheNodeTypesOfReadTree() throws Exception {
        JsonNode n = JsonTrees.read("[1,2147483648,9223372036854775808,1e300,-0.0,1.0]");
        assertThat(n.get(0).isInt()).isTrue();
        assertThat(n.get(1).isLong()).isTrue();
        assertThat(n.get(2).isBigInteger()).isTrue();
        assertThat(n.get(3).isDouble()).isTrue();
        assertThat(Double.doubleToRawLongBits(n.get(4).doubleValue())).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(n.get(5).isDouble()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void emptyTextIsTheMissingNodeAsForReadTree(String doc) throws Exception {
        assertThat(JsonTrees.read(doc)).isEqualTo(MAPPER.readTree(doc));
        assertThat(JsonTrees.read(doc).isMissingNode()).isTrue();
        assertThat(Json.objectOrNull(doc)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":", "{\"a\" 1}", "[1,]", "{,}", "nul", "NaN", "'a'", "]", "}", "{\"a\":1,}", "[1 2]",
        "{\"a\":\"unterminated", "{\"a\":01}"})
    void badTextFailsAsForReadTree(String doc) {
        assertThatThrownBy(() -> MAPPER.readTree(doc)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JsonTrees.read(doc)).isInstanceOf(JsonProcessingException.class);
        assertThat(Json.objectOrNull(doc)).isNull();
    }

    @Test
    void deepNestingFailsToParseRatherThanOverflowingTheStack() throws Exception {
        String deep = "[".repeat(100_000);
        assertThatThrownBy(() -> JsonTrees.read(deep)).isInstanceOf(JsonProcessingException.class);
        assertThat(Json.objectOrNull("{\"a\":" + deep)).isNull();
        String closed = "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(Json.objectOrNull(closed)).isNull();
        // Within the parser's limit (1000 by default) it is read as readTree reads it.
        String fine = "[".repeat(900) + "1" + "]".repeat(900);
        assertThat(JsonTrees.read(fine)).isEqualTo(MAPPER.readTree(fine));
    }

    @Test
    void writesTheTextTheMapperWrites() throws Exception {
        for (String doc : DOCUMENTS) {
            assertWritesAsTheMapper(MAPPER.readTree(doc));
        }
        assertWritesAsTheMapper(MAPPER.readTree(""));
    }

    @Test
    void writesEveryNodeTypeAsTheMapper() throws Exception {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("short", (short) 7);
        o.put("int", -5);
        o.put("long", Long.MIN_VALUE);
        o.put("big", new BigInteger("-98765432109876543210"));
        o.put("float", 0.1f);
        o.put("double", -0.0);
        o.put("nan", Double.NaN);
        o.put("inf", Double.POSITIVE_INFINITY);
        o.put("decimal", new BigDecimal("1E+3"));
        o.put("decimal2", new BigDecimal("0.000001230"));
        o.put("binary", new byte[] {0, 1, 2, (byte) 0xff, 'a'});
        o.put("true", true);
        o.putNull("null");
        o.put("text", "line\nbreak \"quoted\" \u00e9 \ud83d\ude00 \u0001");
        o.putObject("empty");
        o.putArray("emptyArray");
        o.putArray("array").add(1).add("two").addNull().add(f.objectNode()).add(f.arrayNode().add(f.arrayNode()));
        o.putObject("nested").putObject("deeper").putArray("deepest").addObject().put("k", "v");
        assertWritesAsTheMapper(o);
        assertWritesAsTheMapper(f.arrayNode());
        assertWritesAsTheMapper(f.textNode("root"));
        assertWritesAsTheMapper(f.nullNode());
    }

    private static void assertWritesAsTheMapper(JsonNode tree) throws Exception {
        assertThat(JsonTrees.compact(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
        assertThat(JsonTrees.pretty(tree)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree))
                .isEqualTo(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree));
        assertThat(JsonTrees.prettyBytes(tree))
                .isEqualTo(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(tree));
    }

    @Test
    void theTokenFileIsWhatTheMapperWrote() throws Exception {
        Map<String, StoredToken> tokens = new LinkedHashMap<>();
        tokens.put("old-client", new StoredToken("AQVold", null, List.of(), null, null, null, null));
        tokens.put(TokenEntries.key("client-é", "http://127.0.0.1:8080"), new StoredToken("AQV\"quoted\"\u2028",
                Instant.parse("2026-01-01T00:00:00Z"), List.of("openid", "profile"), "AQXrefresh",
                Instant.parse("2027-01-01T00:00:00Z"), "abc123", "Ada Lovelace 😀", "http://127.0.0.1:8080",
                "http://127.0.0.1:3000/callback"));
        TokenEntries entries = new TokenEntries(tokens);
        byte[] written = TokenFileFormat.serialize(entries);

        // The tree the file holds, written by the mapper as the code before JsonTrees did: the same bytes.
        JsonNode tree = MAPPER.readTree(written);
        assertThat(written).isEqualTo(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(tree));
        assertThat(tree.get("tokens").get("old-client").get("expires_at").isNull()).isTrue();
        assertThat(TokenFileFormat.parse(written)).isEqualTo(entries);
    }

    @Test
    void postBodiesAreWhatTheMapperWrote() throws Exception {
        ObjectNode body = PostBodies.posts("urn:li:person:abc", "Hello \"world\" \u00e9\n😀", Post.Visibility.PUBLIC);
        assertThat(PostBodies.compact(body)).isEqualTo(MAPPER.writeValueAsString(body));
        assertThat(PostBodies.pretty(body)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body));
        ObjectNode ugc = PostBodies.ugcPosts("urn:li:person:abc", "text", Post.Visibility.CONNECTIONS);
        assertThat(PostBodies.compact(ugc)).isEqualTo(MAPPER.writeValueAsString(ugc));
        assertThat(PostBodies.pretty(ugc)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(ugc));
    }
}
