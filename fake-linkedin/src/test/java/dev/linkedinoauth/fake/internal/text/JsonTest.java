package dev.linkedinoauth.fake.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake's own JSON writer writes strings exactly as Jackson does, escapes anywhere in the string. */
class JsonTest {
    @Test
    void stringsAreWrittenAsJacksonWritesThem() throws Exception {
        List<String> texts = List.of("", "AQV-token_value", "\"at the start", "in \"the\" middle", "at the end\"",
                "back\\slash", "control \u0001 and \n\r\t\b\f", "\u001f", "ünïcödé ✓ and 🙂", "</script>");
        Map<String, Object> document = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            document.put("key " + texts.get(i) + i, texts.get(i));
        }
        document.put("list", texts);

        assertThat(Json.string(document)).isEqualTo(new ObjectMapper().writeValueAsString(document));
    }
}
