package dev.linkedinoauth.fake;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeLinkedInException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The standalone fake: {@code java -jar fake-linkedin-standalone.jar [--port N] [--host H] [--config FILE]
 * [--consent auto|interactive] [--public-url URL]}. Prints {@code fake-linkedin listening on URL} on
 * stdout once ready, stops cleanly on SIGTERM, and exits 2 with one line on stderr for a bad
 * configuration or a busy port. {@code --health-check} is the container image's {@code HEALTHCHECK}
 * probe. The CLI's {@code fake} command delegates to {@link #run}.
 *
 * <pre>{@code
 * int exitCode = FakeLinkedInMain.run(new String[] {"--port", "8080"}, System.out, System.err); // blocks
 * }</pre>
 */
public final class FakeLinkedInMain {
    /** Exit code for a bad command line, a bad configuration or an address that cannot be bound. */
    public static final int EXIT_CONFIG = 2;

    static final String USAGE = """
            Usage: java -jar fake-linkedin-standalone.jar [options]
              --port N             port to listen on (0 = any free port; default 0)      env FAKE_LINKEDIN_PORT
              --host H             address to bind (default 127.0.0.1)                   env FAKE_LINKEDIN_HOST
              --config FILE        JSON configuration (apps, members, consent, ...)     env FAKE_LINKEDIN_CONFIG
              --consent MODE       auto | interactive (default auto)                     env FAKE_LINKEDIN_CONSENT
              --public-url URL     base URL clients see, for issuer and endpoints        env FAKE_LINKEDIN_PUBLIC_URL
              --health-check       ask /__fake/health of the fake at FAKE_LINKEDIN_HOST:FAKE_LINKEDIN_PORT
                                   (default 8080) and exit 0 on HTTP 200, else 1 (the image's HEALTHCHECK)
              --help               this text
            Options override environment variables, which override the configuration file.
            Prints "fake-linkedin listening on URL" and "fake-linkedin dashboard at URL" when ready; exits 0 when
            stopped by SIGTERM or SIGINT, 2 on a bad configuration or busy port.""";

    private FakeLinkedInMain() {
    }

    public static void main(String[] args) {
        int exitCode = run(List.of(args), System.getenv(), System.out, System.err, true);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * Runs the fake until the JVM is asked to stop (SIGTERM, Ctrl-C). Returns 0 after a clean stop or
     * {@code --help}, {@link #EXIT_CONFIG} when it could not start.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(List.of(args), System.getenv(), out, err);
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        return run(args, env, out, err, false);
    }

    /**
     * @param exitZeroOnSignal for the standalone jar: a SIGTERM ({@code docker stop}) or SIGINT (Ctrl-C) is
     *     the normal way to stop it, so after Jetty has stopped the JVM halts with 0, not 143 or 130
     */
    private static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err,
                           boolean exitZeroOnSignal) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        if (args.equals(List.of("--health-check"))) {
            return HealthCheck.run(env, err);
        }
        FakeLinkedIn.startAhead();
        FakeLinkedIn fake;
        try {
            fake = FakeLinkedIn.start(configure(args, env));
        } catch (FakeLinkedInException e) {
            err.println("fake-linkedin: " + e.getMessage());
            return EXIT_CONFIG;
        }
        Thread stopper = new Thread(() -> {
            fake.close();
            if (exitZeroOnSignal) {
                out.flush();
                Runtime.getRuntime().halt(0); // the hook runs only for a signal: run() removes it before a normal return
            }
        }, "fake-linkedin-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("fake-linkedin listening on " + fake.baseUrl());
        out.println("fake-linkedin dashboard at " + fake.dashboardUrl());
        out.flush();
        try {
            fake.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fake.close();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook is running or has run.
        }
        return 0;
    }

    /**
     * The configuration for these arguments and environment: options first, then {@code FAKE_LINKEDIN_*}
     * variables, then the JSON file, then the defaults.
     *
     * @throws FakeConfigException for an unknown option, a missing or bad value, or a bad file
     */
    public static FakeConfig configure(List<String> args, Map<String, String> env) {
        String port = env.get("FAKE_LINKEDIN_PORT");
        String host = env.get("FAKE_LINKEDIN_HOST");
        String file = env.get("FAKE_LINKEDIN_CONFIG");
        String consent = env.get("FAKE_LINKEDIN_CONSENT");
        String publicUrl = env.get("FAKE_LINKEDIN_PUBLIC_URL");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!List.of("--port", "--host", "--config", "--consent", "--public-url").contains(name)) {
                throw new FakeConfigException("unknown option " + arg + " (try --help)");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new FakeConfigException("option " + name + " needs a value");
            }
            switch (name) {
                case "--port" -> port = value;
                case "--host" -> host = value;
                case "--config" -> file = value;
                case "--consent" -> consent = value;
                default -> publicUrl = value;
            }
        }
        FakeConfig config = blank(file) ? FakeConfig.defaults() : FakeConfig.fromJson(Path.of(file));
        if (!blank(port)) {
            try {
                config = config.toBuilder().port(Integer.parseInt(port.trim())).build();
            } catch (NumberFormatException e) {
                throw new FakeConfigException("port must be a number, not \"" + port + "\"");
            }
        }
        if (!blank(host)) {
            config = config.toBuilder().host(host.trim()).build();
        }
        if (!blank(consent)) {
            config = config.toBuilder().consent(Consent.parse(consent)).build();
        }
        if (!blank(publicUrl)) {
            config = config.toBuilder().publicBaseUrl(publicUrl.trim()).build();
        }
        return config;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
