package dev.linkedinoauth.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Runs the CLI in-process with captured stdout/stderr and a made-up environment. */
final class CliRunner {

    private final Map<String, String> env = new HashMap<>();
    private Path workingDirectory;
    private String stdin = "";
    private Clock clock = Clock.systemUTC();

    CliRunner(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    CliRunner env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliRunner stdin(String text) {
        this.stdin = text;
        return this;
    }

    CliRunner clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    CliRunner workingDirectory(Path dir) {
        this.workingDirectory = dir;
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment environment = CliEnvironment.of(env, workingDirectory,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), clock);
        int code = Cli.execute(environment, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
