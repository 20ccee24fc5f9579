package dev.linkedinoauth.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the command reads from the process it runs in: environment variables, the working directory
 * (for {@code ./.env}), standard input (for {@code --client-secret -} and {@code --no-browser}) and the
 * clock. Passed in so that tests run the CLI in-process without touching the real environment.
 *
 * @param stdin one reader for the whole run, so that the secret line and a pasted URL can both be read
 */
record CliEnvironment(Map<String, String> variables, Path workingDirectory, BufferedReader stdin, Clock clock) {

    CliEnvironment {
        variables = Map.copyOf(variables);
        workingDirectory = workingDirectory.toAbsolutePath();
    }

    static CliEnvironment of(Map<String, String> variables, Path workingDirectory, InputStream stdin, Clock clock) {
        return new CliEnvironment(variables, workingDirectory,
                new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)), clock);
    }

    static CliEnvironment system() {
        return of(System.getenv(), Path.of(""), System.in, Clock.systemUTC());
    }

    /** Variable names only: the values include LINKEDIN_CLIENT_SECRET. */
    @Override
    public String toString() {
        return "CliEnvironment[variables=" + new java.util.TreeSet<>(variables.keySet()) + ", workingDirectory="
                + workingDirectory + "]";
    }
}
