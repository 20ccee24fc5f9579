package dev.linkedinoauth.core;

/**
 * LinkedIn's "little Text Format", the syntax of a post's {@code commentary} on the Posts API: mentions
 * ({@code @[Name](urn:li:organization:123)}), hashtags and templates are written with reserved characters, and
 * LinkedIn silently cuts the text at the first reserved character that is neither part of such syntax nor
 * escaped with a backslash (the post still succeeds, with 201). Escaping every reserved character makes any
 * text arrive as written.
 *
 * <pre>{@code
 * String commentary = LittleText.escape("Hello LinkedIn API :-)");   // Hello LinkedIn API :-\)
 * }</pre>
 */
public final class LittleText {
    /** The reserved characters: backslash, pipe, braces, at, brackets, parentheses, angle brackets, hash, asterisk, underscore, tilde. */
    public static final String RESERVED = "\\|{}@[]()<>#*_~";

    private LittleText() {
    }

    /** The text with a backslash before each {@link #RESERVED} character, so that LinkedIn shows it unchanged. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isReserved(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** True for the characters LinkedIn reserves in little text. */
    public static boolean isReserved(char c) {
        return RESERVED.indexOf(c) >= 0;
    }
}
