package dev.linkedinoauth.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the client secret comes from, first match wins: {@code --client-secret -} (stdin),
 * {@code --client-secret-file FILE}, then {@code LINKEDIN_CLIENT_SECRET} (environment, then .env).
 * A literal secret on the command line is refused: it would show in {@code ps} and shell history.
 */
final class ClientSecretSource {

    static final String STDIN = "-";

    private ClientSecretSource() {
    }

    static String resolve(String option, Path file, Settings settings, CliEnvironment env) {
        if (option != null && file != null) {
            throw new CliException.Config("use either --client-secret - or --client-secret-file, not both");
        }
        if (option != null) {
            if (!STDIN.equals(option)) {
                throw new CliException.Config("--client-secret only accepts '-' (read it from stdin): a secret "
                        + "on the command line leaks through ps and shell history; use LINKEDIN_CLIENT_SECRET, "
                        + "--client-secret-file FILE or --client-secret -");
            }
            return fromStdin(env);
        }
        if (file != null) {
            return fromFile(env.workingDirectory().resolve(file));
        }
        return settings.get("LINKEDIN_CLIENT_SECRET").orElseThrow(() -> new CliException.Config(
                "no client secret: set LINKEDIN_CLIENT_SECRET (in the environment or .env), "
                        + "or use --client-secret-file FILE or --client-secret -"));
    }

    private static String fromStdin(CliEnvironment env) {
        try {
            // The shared reader: a pasted redirect URL (--no-browser) may follow on the next line.
            return nonEmpty(env.stdin().readLine(), "stdin");
        } catch (IOException e) {
            throw new CliException.Config("cannot read the client secret from stdin: " + DotEnv.describe(e), e);
        }
    }

    private static String fromFile(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            int newline = content.indexOf('\n');
            return nonEmpty(newline >= 0 ? content.substring(0, newline) : content, file.toString());
        } catch (IOException e) {
            throw new CliException.Config("cannot read client secret file " + file + ": " + DotEnv.describe(e), e);
        }
    }

    private static String nonEmpty(String value, String where) {
        if (value == null || value.strip().isEmpty()) {
            throw new CliException.Config("the client secret from " + where + " is empty");
        }
        return value.strip();
    }
}
