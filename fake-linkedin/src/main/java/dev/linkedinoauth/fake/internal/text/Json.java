package dev.linkedinoauth.fake.internal.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON helpers. The mapper is configured here once and never changed, so sharing it is safe. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** An insertion-ordered JSON object: LinkedIn's bodies have a recognisable key order. */
    public static Obj object() {
        return new Obj();
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    public static String string(Object value) {
        return new String(bytes(value), StandardCharsets.UTF_8);
    }

    /** An ordered map that skips {@code null} values with {@link #putIfPresent}. */
    public static final class Obj extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;

        public Obj with(String key, Object value) {
            put(key, value);
            return this;
        }

        public Obj withIfPresent(String key, Object value) {
            if (value != null) {
                put(key, value);
            }
            return this;
        }

        Obj withAll(Map<String, ?> values) {
            putAll(values);
            return this;
        }
    }
}
