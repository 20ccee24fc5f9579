package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.StoredToken;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth token}: what is stored for the app, read locally (no network). */
@Command(name = "token",
        header = "Show the stored token: member, expiry, scope (masked unless --reveal).",
        description = {"Reads the token store entry of the client id; no network. Exit 3 when there is none or "
                + "it has expired. Scripts: add --reveal --json and read access_token. An app logged in to several "
                + "servers: --base-url or --discovery-url picks that server's token.",
                HelpTopics.STORED_APP},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth token",
            "  linkedin-oauth token --json --reveal",
            "  curl -H \"Authorization: Bearer $(linkedin-oauth token -q)\" URL",
            "  linkedin-oauth token -q --min-valid 7d > /dev/null || linkedin-oauth login",
            "  linkedin-oauth token -q --base-url http://127.0.0.1:8080",
            HelpTopics.SEE_ALSO,
        })
final class TokenCommand extends BaseCommand {

    @Mixin
    ClientIdOption clientId;

    @Option(names = "--reveal", description = "Print the tokens in full instead of AQV…x9Q.")
    boolean reveal;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = {"-q", "--quiet"},
            description = "Print only the access token, in full, for $(...): curl -H \"Authorization: Bearer "
                    + "$(linkedin-oauth token -q)\".")
    boolean quiet;

    @Option(names = "--min-valid", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Exit 3 when the token expires within DURATION, e.g. 7d, 24h (renew before it runs out).")
    Duration minValid;

    /** Picks the app's entry of that server when it is logged in to several; the token is sent nowhere. */
    @Mixin
    EndpointOptions endpoints;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        Settings settings = envFile.load(env());
        StoredToken stored = StoredTokens.chooseUnexpired(settings, clientId, endpoints, env().clock()).token();
        StoredTokens.requireValidFor(stored, minValid, env().clock());
        if (quiet) {
            out().println(stored.accessToken());
            out().flush();
            return ExitCodes.OK;
        }
        TokenPrinter printer = new TokenPrinter(env().clock().instant(), reveal);
        if (json) {
            printer.json(out(), TokenReport.of(stored));
        } else {
            printer.human(out(), TokenReport.of(stored));
        }
        return ExitCodes.OK;
    }
}
