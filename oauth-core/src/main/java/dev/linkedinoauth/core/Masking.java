package dev.linkedinoauth.core;

/**
 * Tokens shown to people are masked: enough to tell two apart, not enough to use one. Public so that the
 * probe package and the CLI mask exactly as the library does.
 *
 * <pre>{@code
 * String shown = Masking.mask(token.value());   // AQV…x9Q
 * }</pre>
 */
public final class Masking {
    private Masking() {
    }

    /** {@code AQVabc...x9Q} becomes {@code AQV…x9Q}; short or missing values become {@code …}. */
    public static String mask(String token) {
        if (token == null) {
            return "null";
        }
        if (token.length() < 12) {
            return "…";
        }
        return token.substring(0, 3) + "…" + token.substring(token.length() - 3);
    }
}
