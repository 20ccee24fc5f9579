package dev.linkedinoauth.cli;

import picocli.CommandLine.Option;

/** {@code --client-id}: which app; also the key of its entry in the token store. */
final class ClientIdOption {

    @Option(names = "--client-id", paramLabel = "ID",
            description = "The app's Client ID (default: $LINKEDIN_CLIENT_ID, else the token store's current entry "
                    + "for commands that use a stored token).")
    String clientId;

    /** --client-id, else $LINKEDIN_CLIENT_ID; null when neither is set (the token store's current entry then). */
    String explicit(Settings settings) {
        if (clientId != null && !clientId.isBlank()) {
            return clientId.strip();
        }
        return settings.get("LINKEDIN_CLIENT_ID").orElse(null);
    }

    String resolve(Settings settings) {
        if (clientId != null && !clientId.isBlank()) {
            return clientId.strip();
        }
        return settings.get("LINKEDIN_CLIENT_ID").orElseThrow(() -> new CliException.Config(
                "no client id: set LINKEDIN_CLIENT_ID (in the environment or .env) or pass --client-id"));
    }
}
