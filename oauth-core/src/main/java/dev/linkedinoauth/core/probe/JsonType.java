package dev.linkedinoauth.core.probe;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type of a body field, as an expectation names it; {@link #ABSENT} for a field that must not be there. */
public enum JsonType {
    STRING, NUMBER, BOOLEAN, OBJECT, ARRAY, NULL, ABSENT;

    /** The type of a node; a missing node is {@link #ABSENT}. */
    static JsonType of(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return ABSENT;
        }
        if (node.isTextual()) {
            return STRING;
        }
        if (node.isNumber()) {
            return NUMBER;
        }
        if (node.isBoolean()) {
            return BOOLEAN;
        }
        if (node.isObject()) {
            return OBJECT;
        }
        if (node.isArray()) {
            return ARRAY;
        }
        return NULL;
    }

    /** Lower case, as the table and the report print it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
