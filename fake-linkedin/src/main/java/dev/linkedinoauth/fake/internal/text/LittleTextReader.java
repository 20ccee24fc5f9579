package dev.linkedinoauth.fake.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Posts API {@code commentary} the way LinkedIn does (little text format): a backslash escapes the
 * next reserved character; {@code @[Name](urn:li:person:ID)} / {@code urn:li:organization:ID} is a mention;
 * {@code #word} and {@code {hashtag|\#|word}} are hashtags; any other reserved character ends the text there:
 * LinkedIn keeps what came before it and drops the rest, silently (the post still gets a 201). Written from
 * the contract, independently of oauth-core's escaping, so that a bug in one cannot hide in the other.
 */
public final class LittleTextReader {
    public static final String RESERVED = "\\|{}@[]()<>#*_~";

    private LittleTextReader() {
    }

    /** A piece of the text as LinkedIn shows it. */
    public sealed interface Segment {
        /** Plain text, shown as is. */
        record Text(String text) implements Segment {
        }

        /** A mention, shown as the name, linked to the member or organization. */
        record Mention(String name, String urn) implements Segment {
        }

        /** A hashtag, shown as {@code #tag}. */
        record Hashtag(String tag) implements Segment {
        }
    }

    /**
     * The outcome of reading: the segments shown, and where LinkedIn cut the text (or -1).
     *
     * @param kept the part of the commentary LinkedIn keeps (all of it unless cut)
     */
    public record Reading(List<Segment> segments, String kept, int cutAt, String commentary) {
        public boolean truncated() {
            return cutAt >= 0;
        }

        /** The reserved character the text was cut at. */
        public char cutCharacter() {
            return commentary.charAt(cutAt);
        }

        /** The text as a reader sees it: escapes resolved, mentions as their names, hashtags as {@code #tag}. */
        public String shownText() {
            StringBuilder s = new StringBuilder();
            for (Segment segment : segments) {
                if (segment instanceof Segment.Text text) {
                    s.append(text.text());
                } else if (segment instanceof Segment.Mention mention) {
                    s.append(mention.name());
                } else if (segment instanceof Segment.Hashtag hashtag) {
                    s.append('#').append(hashtag.tag());
                }
            }
            return s.toString();
        }
    }

    /** How LinkedIn reads a received post: little text for {@code /rest/posts}, plain text for {@code /v2/ugcPosts}. */
    public static Reading of(String api, String commentary) {
        String text = commentary == null ? "" : commentary;
        if (!api.equals("/rest/posts")) {
            return new Reading(text.isEmpty() ? List.of() : List.of(new Segment.Text(text)), text, -1, text);
        }
        return read(text);
    }

    /**
     * Reads the commentary in one pass, left to right, without regular expressions or recursion: each
     * character is looked at a bounded number of times, so a mention of a million characters costs what
     * its length costs. A construct that does not complete is an unescaped reserved character: the cut.
     */
    static Reading read(String commentary) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < commentary.length()) {
            char c = commentary.charAt(i);
            if (!isReserved(c)) {
                text.append(c);
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < commentary.length() && isReserved(commentary.charAt(i + 1))) {
                text.append(commentary.charAt(i + 1));
                i += 2;
                continue;
            }
            Match match = switch (c) {
                case '@' -> mention(commentary, i);
                case '{' -> hashtagTemplate(commentary, i);
                case '#' -> hashtag(commentary, i);
                default -> null;
            };
            flush(text, segments);
            if (match == null) {
                return new Reading(List.copyOf(segments), commentary.substring(0, i), i, commentary);
            }
            segments.add(match.segment());
            i = match.end();
        }
        flush(text, segments);
        return new Reading(List.copyOf(segments), commentary, -1, commentary);
    }

    /** A construct read at some position: what it shows, and the index just after it. */
    private record Match(Segment segment, int end) {
    }

    private static final String PERSON = "urn:li:person:";
    private static final String ORGANIZATION = "urn:li:organization:";
    private static final String TEMPLATE = "{hashtag|\\#|";

    /** {@code @[Name](urn:li:person:ID)}; in the name, a backslash escapes the next character, other reserved ones end it. */
    private static Match mention(String s, int at) {
        if (!s.startsWith("@[", at)) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        int i = at + 2;
        while (i < s.length() && s.charAt(i) != ']') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && !isLineTerminator(s.charAt(i + 1))) {
                name.append(s.charAt(i + 1));
                i += 2;
            } else if (isReserved(c)) {
                return null;
            } else {
                name.append(c);
                i++;
            }
        }
        if (name.length() == 0 || !s.startsWith("](", i)) {
            return null;
        }
        int urnStart = i + 2;
        String prefix = s.startsWith(PERSON, urnStart) ? PERSON : s.startsWith(ORGANIZATION, urnStart) ? ORGANIZATION : null;
        if (prefix == null) {
            return null;
        }
        int idStart = urnStart + prefix.length();
        int j = idStart;
        while (j < s.length() && isUrnIdCharacter(s.charAt(j))) {
            j++;
        }
        if (j == idStart || j >= s.length() || s.charAt(j) != ')') {
            return null;
        }
        return new Match(new Segment.Mention(name.toString(), s.substring(urnStart, j)), j + 1);
    }

    /** {@code {hashtag|\#|word}}, the word made of letters, digits and underscores. */
    private static Match hashtagTemplate(String s, int at) {
        if (!s.startsWith(TEMPLATE, at)) {
            return null;
        }
        int start = at + TEMPLATE.length();
        int end = wordEnd(s, start, true);
        if (end == start || end >= s.length() || s.charAt(end) != '}') {
            return null;
        }
        return new Match(new Segment.Hashtag(s.substring(start, end)), end + 1);
    }

    /** {@code #word}, the word made of letters and digits, as long as it goes. */
    private static Match hashtag(String s, int at) {
        int end = wordEnd(s, at + 1, false);
        return end == at + 1 ? null : new Match(new Segment.Hashtag(s.substring(at + 1, end)), end);
    }

    /** Where a run of letters and digits (and underscores, if allowed) that starts at {@code from} ends; by code point. */
    private static int wordEnd(String s, int from, boolean underscore) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!(Character.isLetter(cp) || isNumber(cp) || (underscore && cp == '_'))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isUrnIdCharacter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    static boolean isReserved(char c) {
        return RESERVED.indexOf(c) >= 0;
    }

    private static void flush(StringBuilder text, List<Segment> segments) {
        if (text.length() > 0) {
            segments.add(new Segment.Text(text.toString()));
            text.setLength(0);
        }
    }
}
