package dev.linkedinoauth.core;

/** Tokens shown to people are masked: enough to tell two apart, not enough to use one. */
final class Masking {
    private Masking() {
    }

    /** {@code AQVabc...x9Q} becomes {@code AQV…x9Q}; short or missing values become {@code …}. */
    static String mask(String token) {
        if (token == null) {
            return "null";
        }
        if (token.length() < 12) {
            return "…";
        }
        return token.substring(0, 3) + "…" + token.substring(token.length() - 3);
    }
}
