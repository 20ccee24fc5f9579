package dev.linkedinoauth.fake.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Posts API {@code commentary} the way LinkedIn does (little text format): a backslash escapes the
 * next reserved character; {@code @[Name](urn:li:person:ID)} / {@code urn:li:organization:ID} is a mention;
 * {@code #word} and {@code {hashtag|\#|word}} are hashtags; any other reserved character ends the text there:
 * LinkedIn keeps what came before it and drops the rest, silently (the post still gets a 201). Written from
 * the contract, independently of oauth-core's escaping, so that a bug in one cannot hide in the other.
 */
public final class LittleTextReader {
    public static final String RESERVED = "\\|{}@[]()<>#*_~";
    private static final Pattern MENTION = Pattern.compile(
            "@\\[((?:\\\\.|[^\\\\|{}@\\[\\]()<>#*_~])+)]\\((urn:li:(?:person|organization):[A-Za-z0-9_-]+)\\)");
    private static final Pattern HASHTAG_TEMPLATE = Pattern.compile("\\{hashtag\\|\\\\#\\|([\\p{L}\\p{N}_]+)}");
    private static final Pattern HASHTAG = Pattern.compile("#([\\p{L}\\p{N}]+)");

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
            Matcher mention = MENTION.matcher(commentary).region(i, commentary.length());
            Matcher template = HASHTAG_TEMPLATE.matcher(commentary).region(i, commentary.length());
            Matcher hashtag = HASHTAG.matcher(commentary).region(i, commentary.length());
            Segment special = null;
            int end = i;
            if (c == '@' && mention.lookingAt()) {
                special = new Segment.Mention(unescape(mention.group(1)), mention.group(2));
                end = mention.end();
            } else if (c == '{' && template.lookingAt()) {
                special = new Segment.Hashtag(template.group(1));
                end = template.end();
            } else if (c == '#' && hashtag.lookingAt()) {
                special = new Segment.Hashtag(hashtag.group(1));
                end = hashtag.end();
            }
            if (special == null) {
                flush(text, segments);
                return new Reading(List.copyOf(segments), commentary.substring(0, i), i, commentary);
            }
            flush(text, segments);
            segments.add(special);
            i = end;
        }
        flush(text, segments);
        return new Reading(List.copyOf(segments), commentary, -1, commentary);
    }

    static boolean isReserved(char c) {
        return RESERVED.indexOf(c) >= 0;
    }

    private static String unescape(String name) {
        return name.replaceAll("\\\\(.)", "$1");
    }

    private static void flush(StringBuilder text, List<Segment> segments) {
        if (text.length() > 0) {
            segments.add(new Segment.Text(text.toString()));
            text.setLength(0);
        }
    }
}
