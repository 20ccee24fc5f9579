package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth token}: what is stored for the app, read locally (no network). */
@Command(name = "token",
        header = "Show the stored token: member, expiry, scope (masked unless --reveal).",
        description = "Reads the token store entry of the client id; no network. Exit 3 when there is none or "
                + "it has expired. Scripts: add --reveal --json and read access_token.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth token",
            "  linkedin-oauth token --json --reveal",
            HelpTopics.SEE_ALSO,
        })
final class TokenCommand extends BaseCommand {

    @Mixin
    ClientIdOption clientId;

    @Option(names = "--reveal", description = "Print the tokens in full instead of AQV…x9Q.")
    boolean reveal;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        Settings settings = envFile.load(env());
        TokenStore store = TokenStores.open(settings);
        StoredToken stored = StoredTokens.requireUnexpired(store, clientId.resolve(settings), env().clock());
        TokenPrinter printer = new TokenPrinter(env().clock().instant(), reveal);
        if (json) {
            printer.json(out(), TokenReport.of(stored));
        } else {
            printer.human(out(), TokenReport.of(stored));
        }
        return ExitCodes.OK;
    }
}
