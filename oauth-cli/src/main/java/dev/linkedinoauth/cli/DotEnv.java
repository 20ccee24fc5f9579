package dev.linkedinoauth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file the way the original Node helper (dotenv) did: {@code KEY=value} lines,
 * optional {@code export }, {@code #} comments, single- or double-quoted values. Values are never
 * echoed in errors, since the file usually holds the client secret.
 */
final class DotEnv {

    private static final Pattern LINE =
            Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*(.*?)\\s*$");

    private DotEnv() {
    }

    static Map<String, String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException.Config("cannot read env file " + file + ": " + describe(e), e);
        }
        return parse(lines, file.toString());
    }

    static Map<String, String> parse(List<String> lines, String source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new CliException.Config(
                        source + ":" + (i + 1) + ": expected KEY=value (the line is not shown: it may hold a secret)");
            }
            values.put(m.group(1), unquote(m.group(2), source, i + 1));
        }
        return values;
    }

    private static String unquote(String raw, String source, int lineNumber) {
        if (raw.isEmpty()) {
            return raw;
        }
        char first = raw.charAt(0);
        if (first == '"' || first == '\'') {
            int end = raw.indexOf(first, 1);
            while (first == '"' && end > 0 && raw.charAt(end - 1) == '\\') {
                end = raw.indexOf(first, end + 1);
            }
            if (end < 0) {
                throw new CliException.Config(source + ":" + lineNumber + ": unterminated quote");
            }
            String inner = raw.substring(1, end);
            return first == '"' ? unescape(inner) : inner;
        }
        // An unquoted value ends at " #" (an inline comment), as in dotenv.
        int comment = raw.indexOf(" #");
        return (comment >= 0 ? raw.substring(0, comment) : raw).strip();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    default -> out.append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "NoSuchFileException" -> "no such file";
            case "AccessDeniedException" -> "permission denied";
            case "NotDirectoryException" -> "not a directory";
            default -> e.getMessage() == null ? name : e.getMessage();
        };
    }
}
