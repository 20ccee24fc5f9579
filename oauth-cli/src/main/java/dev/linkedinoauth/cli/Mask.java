package dev.linkedinoauth.cli;

/** Tokens shown to people are masked as {@code AQV…x9Q}: enough to tell two apart, not enough to use one. */
final class Mask {

    private Mask() {
    }

    static String token(String token) {
        if (token == null) {
            return null;
        }
        return token.length() < 12 ? "…" : token.substring(0, 3) + "…" + token.substring(token.length() - 3);
    }
}
