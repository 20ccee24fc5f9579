package dev.linkedinoauth.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** HTML escaping for the callback page, and unescaping for LinkedIn's entity-encoded error descriptions. */
final class Html {
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|quot|amp|lt|gt|apos);");

    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * LinkedIn sends {@code Scope &quot;r_liteprofile&quot; is not authorized...} inside the URL-encoded
     * error description; after URL decoding, this turns the entities back into characters.
     */
    static String unescape(String s) {
        if (s == null || s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement;
            switch (e) {
                case "quot" -> replacement = "\"";
                case "amp" -> replacement = "&";
                case "lt" -> replacement = "<";
                case "gt" -> replacement = ">";
                case "apos" -> replacement = "'";
                default -> {
                    int cp = e.charAt(1) == 'x' || e.charAt(1) == 'X'
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1));
                    replacement = Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : m.group();
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
