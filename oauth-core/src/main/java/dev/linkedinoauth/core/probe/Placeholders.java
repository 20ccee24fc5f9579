package dev.linkedinoauth.core.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finding and filling the {@code {name}} placeholders of requests and expectations. */
final class Placeholders {
    private Placeholders() {
    }

    static List<Placeholder> in(String text) {
        List<Placeholder> found = new ArrayList<>();
        for (Placeholder p : Placeholder.values()) {
            if (text.contains(p.token())) {
                found.add(p);
            }
        }
        return found;
    }

    /** {@code text} with every placeholder replaced by its value; one without a value stays as written. */
    static String fill(String text, Map<Placeholder, String> values) {
        String out = text;
        for (Map.Entry<Placeholder, String> e : values.entrySet()) {
            if (e.getValue() != null) {
                out = out.replace(e.getKey().token(), e.getValue());
            }
        }
        return out;
    }
}
