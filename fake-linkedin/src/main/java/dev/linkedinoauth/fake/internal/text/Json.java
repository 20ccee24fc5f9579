package dev.linkedinoauth.fake.internal.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON helpers. Answers are written by {@link #bytes} itself (maps, lists, strings, numbers, booleans, the
 * shapes every endpoint builds), escaping as Jackson does; Jackson's {@link #mapper()} is loaded only to
 * read a JSON body or configuration, or to write any other value, so that a fake answering only OAuth
 * requests never loads it (Jackson's start-up is a fifth of a fake's cold start). The mapper is
 * configured once and never changed, so sharing it is safe.
 */
public final class Json {
    private Json() {
    }

    /** Jackson, created on first use. */
    public static ObjectMapper mapper() {
        return Mapper.INSTANCE;
    }

    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper();
    }

    /** An insertion-ordered JSON object: LinkedIn's bodies have a recognisable key order. */
    public static Obj object() {
        return new Obj();
    }

    public static byte[] bytes(Object value) {
        StringBuilder out = new StringBuilder(512); // a token answer (~400 characters) without regrowing
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof CharSequence text) {
            quote(text, out);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(String.valueOf(entry.getKey()), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> items) { // not Iterable: a Jackson tree is one too
            out.append('[');
            boolean first = true;
            for (Object item : items) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            // Doubles, big numbers, Jackson trees, records: Jackson's own rules, loaded only for these.
            try {
                out.append(mapper().writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
            }
        }
    }

    /** A JSON string as Jackson writes it: {@code "} and {@code \\} escaped, control characters too, nothing else. */
    private static void quote(CharSequence text, StringBuilder out) {
        out.append('"');
        int plain = 0; // the common case, a token or an id: nothing to escape, so one bulk append
        while (plain < text.length() && text.charAt(plain) >= 0x20 && text.charAt(plain) != '"' && text.charAt(plain) != '\\') {
            plain++;
        }
        out.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

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
