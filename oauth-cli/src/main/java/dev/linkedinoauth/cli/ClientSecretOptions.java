package dev.linkedinoauth.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The app's Client Secret: from the environment, a file or stdin, never from the command line. */
final class ClientSecretOptions {

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "Read the Client Secret from FILE (first line).")
    Path clientSecretFile;

    @Option(names = "--client-secret", paramLabel = "-",
            description = "Only '-': read the Client Secret from stdin. "
                    + "Without either option: $LINKEDIN_CLIENT_SECRET.")
    String clientSecret;

    /** A String, not oauth-core's Secret: parsing options must not load oauth-core (start-up time). */
    String resolve(Settings settings, CliEnvironment env) {
        return ClientSecretSource.resolve(clientSecret, clientSecretFile, settings, env);
    }
}
