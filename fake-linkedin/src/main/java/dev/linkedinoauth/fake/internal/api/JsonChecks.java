package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.text.Html;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** Rest.li-style validation of a JSON body: collects every problem as an input error, in document order. */
final class JsonChecks {
    static final String REQUIRED = "field is required but not found and has no default value";

    private final List<RestErrors.InputError> errors = new ArrayList<>();

    List<RestErrors.InputError> errors() {
        return errors;
    }

    /** A required string; returns it, or {@code null} after recording why not. */
    String string(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(new RestErrors.InputError(path, "FIELD_REQUIRED", REQUIRED));
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new RestErrors.InputError(path, "INVALID_TYPE", describe(value) + " is not a string"));
            return null;
        }
        return value.textValue();
    }

    /** A required string that must be one of {@code symbols}. */
    String symbol(JsonNode parent, String field, String path, Set<String> symbols) {
        String value = string(parent, field, path);
        if (value != null && !symbols.contains(value)) {
            errors.add(new RestErrors.InputError(path, "INVALID_VALUE", "\"" + value + "\" is not an enum symbol"));
            return null;
        }
        return value;
    }

    /** A required object; returns it or {@code null}. */
    JsonNode object(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            errors.add(new RestErrors.InputError(path, "FIELD_REQUIRED", REQUIRED));
            return null;
        }
        if (!value.isObject()) {
            errors.add(new RestErrors.InputError(path, "INVALID_TYPE", describe(value) + " is not a record"));
            return null;
        }
        return value;
    }

    void optionalBoolean(JsonNode parent, String field, String path) {
        JsonNode value = parent.get(field);
        if (value != null && !value.isNull() && !value.isBoolean()) {
            errors.add(new RestErrors.InputError(path, "INVALID_TYPE", describe(value) + " is not a boolean"));
        }
    }

    void onlyKnownFields(JsonNode object, Set<String> known, String pathPrefix) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                errors.add(new RestErrors.InputError(pathPrefix + name, "UNRECOGNIZED_FIELD",
                        "unrecognized field found but not allowed"));
            }
        }
    }

    void invalid(String path, String description) {
        errors.add(new RestErrors.InputError(path, "INVALID_VALUE", description));
    }

    private static String describe(JsonNode value) {
        return Html.truncate(value.toString(), 120);
    }
}
