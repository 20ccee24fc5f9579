package dev.linkedinoauth.core;

/**
 * Tokens shown to people are masked: enough to tell two apart, not enough to use one. Public so that the CLI
 * and other front ends mask exactly as the library's {@code toString()}s do.
 *
 * <pre>{@code
 * System.out.println("token " + Masking.mask(token.value()));   // token AQV…x9Q
 * }</pre>
 */
public final class Masking {
    private Masking() {
    }

    /** {@code AQVabc...x9Q} becomes {@code AQV…x9Q}; values shorter than 12 become {@code …}; null {@code "null"}. */
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
