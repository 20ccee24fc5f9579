package dev.linkedinoauth.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The app's credentials: client id from an option or the environment, the secret never from argv. */
final class ClientOptions {

    @Option(names = "--client-id", paramLabel = "ID",
            description = "The app's Client ID (default: $LINKEDIN_CLIENT_ID).")
    String clientId;

    @Option(names = "--client-secret-file", paramLabel = "FILE",
            description = "Read the Client Secret from FILE (first line).")
    Path clientSecretFile;

    @Option(names = "--client-secret", paramLabel = "-",
            description = "Only '-': read the Client Secret from stdin. Without either option: $LINKEDIN_CLIENT_SECRET.")
    String clientSecret;

    String clientId(Settings settings) {
        if (clientId != null && !clientId.isBlank()) {
            return clientId.strip();
        }
        return settings.get("LINKEDIN_CLIENT_ID").orElseThrow(() -> new CliException.Config(
                "no client id: set LINKEDIN_CLIENT_ID (in the environment or .env) or pass --client-id"));
    }

    String clientSecret(Settings settings, CliEnvironment env) {
        return ClientSecretSource.resolve(clientSecret, clientSecretFile, settings, env);
    }
}
