package dev.linkedinoauth.cli;

import dev.linkedinoauth.fake.FakeLinkedInMain;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code linkedin-oauth fake}: the standalone fake LinkedIn, exactly as
 * {@code java -jar fake-linkedin-standalone.jar} runs it; the options are handed to
 * {@link FakeLinkedInMain} unchanged, so validation, messages and exit codes are the fake's own.
 */
@Command(name = "fake",
        header = "Run the fake LinkedIn as a server until Ctrl-C (same as the fake's standalone jar).",
        description = "Prints 'fake-linkedin listening on URL' on stdout when ready. Point the other commands at "
                + "it with --base-url URL (or LINKEDIN_BASE_URL). Default app: fake-client-id / "
                + "fake-client-secret, redirect http://localhost:3000/callback; default member: Ada Example "
                + "(AbC12dEf3G).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:stopped by Ctrl-C or SIGTERM (docker stop)",
            "2:bad option or configuration, or the port is in use",
        },
        footerHeading = "%nEnvironment (the options win):%n",
        footer = {
            "  FAKE_LINKEDIN_PORT, FAKE_LINKEDIN_HOST, FAKE_LINKEDIN_CONFIG,",
            "  FAKE_LINKEDIN_CONSENT, FAKE_LINKEDIN_PUBLIC_URL",
            "",
            "Examples:",
            "  linkedin-oauth fake --port 8080",
            "  linkedin-oauth fake --port 8080 --consent interactive  # sign-in pages",
            "  linkedin-oauth fake --config fake.json                 # your apps, members",
        })
final class FakeCommand extends BaseCommand {

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (0 = any free port; default 0).")
    String port;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to bind (default 127.0.0.1).")
    String host;

    @Option(names = "--config", paramLabel = "FILE", description = "JSON configuration: apps, members, consent, ...")
    String config;

    @Option(names = "--consent", paramLabel = "MODE",
            description = "auto (redirect at once) or interactive (sign-in and consent pages); default auto.")
    String consent;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The base URL clients see (issuer, discovery, avatars), e.g. behind a proxy.")
    String publicUrl;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>();
        add(args, "--port", port);
        add(args, "--host", host);
        add(args, "--config", config);
        add(args, "--consent", consent);
        add(args, "--public-url", publicUrl);
        CleanStop cleanStop = CleanStop.install();
        try (PrintStream out = stream(out()); PrintStream err = stream(err())) {
            int code = FakeLinkedInMain.run(args.toArray(String[]::new), out, err);
            cleanStop.ran(code);
            return code;
        }
    }

    /**
     * Ctrl-C or SIGTERM ({@code docker stop}) is the way to stop the fake, so it ends with exit 0, not the
     * JVM's 130 or 143: a shutdown hook waits until the fake has stopped (its own hook closes it, and then
     * {@link FakeLinkedInMain#run} returns) and halts with the code run returned. Only while the fake runs:
     * once run returned normally the hook is removed, so that it never decides another exit (a test JVM's).
     */
    private static final class CleanStop extends Thread {
        private final java.util.concurrent.CompletableFuture<Integer> code = new java.util.concurrent.CompletableFuture<>();

        private CleanStop() {
            super("linkedin-oauth-fake-exit");
        }

        static CleanStop install() {
            CleanStop hook = new CleanStop();
            Runtime.getRuntime().addShutdownHook(hook);
            return hook;
        }

        void ran(int exitCode) {
            code.complete(exitCode);
            try {
                Runtime.getRuntime().removeShutdownHook(this);
            } catch (IllegalStateException shuttingDown) {
                // A signal stopped the fake: this hook is running and halts with exitCode.
            }
        }

        @Override
        public void run() {
            try {
                int exitCode = code.get(20, java.util.concurrent.TimeUnit.SECONDS);
                System.out.flush();
                System.err.flush();
                Runtime.getRuntime().halt(exitCode);
            } catch (Exception notStopped) {
                // The fake did not stop in time: leave the JVM's own exit code.
            }
        }
    }

    private static void add(List<String> args, String name, String value) {
        if (value != null) {
            args.add(name);
            args.add(value);
        }
    }

    /** The fake writes to PrintStreams; these forward to the command's writers (a test's, or stdout/stderr). */
    private static PrintStream stream(PrintWriter writer) {
        return new PrintStream(new WriterOutputStream(writer), true, StandardCharsets.UTF_8);
    }
}
