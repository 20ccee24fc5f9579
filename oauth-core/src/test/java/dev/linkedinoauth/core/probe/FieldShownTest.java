package dev.linkedinoauth.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An expected or observed value is shown as {@code JsonNode.toString()} showed it, without databind's mapper. */
class FieldShownTest {

    @Test
    void nonTextValuesAreShownAsToStringShowsThem() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode object = f.objectNode().put("error", "invalid \"x\" é").put("n", 401L);
        object.putArray("keys").add(1.5).addNull().add(true);
        List<JsonNode> values = List.of(f.numberNode(401), f.numberNode(9_000_000_000L), f.booleanNode(false),
                f.nullNode(), f.arrayNode(), f.arrayNode().add("openid").add("profile"), object,
                f.pojoNode(List.of("a")));
        for (JsonNode value : values) {
            assertThat(Expectation.Field.shown(value)).isEqualTo(value.toString());
        }
        assertThat(Expectation.Field.shown(f.textNode("plain"))).isEqualTo("plain");
    }
}
