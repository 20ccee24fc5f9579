package dev.linkedinoauth.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar ({@code java -jar oauth-cli/target/linkedin-oauth.jar}) as a real process, with an
 * environment cleaned of the developer's LinkedIn settings and a HOME of its own, so that no test can
 * read or write the real token store.
 */
final class CliProcess {

    static final Path JAR = Path.of(System.getProperty("cli.jar", "target/linkedin-oauth.jar")).toAbsolutePath();

    private final Map<String, String> env = new HashMap<>();
    private final Path dir;
    private String stdin = "";

    CliProcess(Path dir) {
        this.dir = dir;
        env.putAll(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("LINKEDIN_") || k.startsWith("FAKE_LINKEDIN_") || k.equals("BROWSER")
                || k.equals("XDG_CONFIG_HOME") || k.startsWith("JAVA_TOOL_OPTIONS"));
        env.put("HOME", dir.toString());
        env.put("XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    CliProcess env(String name, String value) {
        env.put(name, value);
        return this;
    }

    CliProcess stdin(String text) {
        this.stdin = text;
        return this;
    }

    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** Starts the process without waiting: for long-running commands (fake) and interactive input. */
    Process start(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CliRunner.Result run(String... args) {
        return await(start(javaCommand(args)), stdin);
    }

    static CliRunner.Result await(Process process, String input) {
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The process may exit before reading its input; its exit code tells what happened.
        }
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the CLI did not finish within 60 s; stderr so far: " + err.getNow(""));
            }
            return new CliRunner.Result(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError(e);
        }
    }

    static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
