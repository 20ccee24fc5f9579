package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.AccessToken;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth refresh}: a new access token from the stored refresh token, saved in place. */
@Command(name = "refresh",
        header = "Get a new access token with the stored refresh token, and store it.",
        description = {"LinkedIn issues refresh tokens only to apps approved for programmatic refresh; for the "
                + "others this exits 3: run 'linkedin-oauth login' again (LinkedIn skips the consent screen "
                + "while the grant is valid).",
                HelpTopics.STORED_SESSION,
                HelpTopics.SECRET_SOURCES},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth refresh",
            "  linkedin-oauth refresh --json --reveal",
            HelpTopics.SEE_ALSO,
        })
final class RefreshCommand extends BaseCommand {

    @Mixin
    ApiCommandOptions api;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--reveal", description = "Print the new tokens in full instead of AQV…x9Q.")
    boolean reveal;

    @Override
    public Integer call() {
        Settings settings = api.envFile.load(env());
        StoredTokens.Chosen chosen = StoredTokens.choose(settings, api.clientId, api.endpoints);
        String clientId = chosen.clientId();
        TokenStore store = chosen.store();
        StoredToken stored = chosen.token();
        if (stored.refreshToken() == null) {
            throw new CliException.NotLoggedIn("the stored token has no refresh token (LinkedIn gives them only to"
                    + " apps approved for programmatic refresh); run linkedin-oauth login");
        }
        if (stored.refreshExpiresAt() != null && !env().clock().instant().isBefore(stored.refreshExpiresAt())) {
            throw new CliException.NotLoggedIn("the stored refresh token has expired; run linkedin-oauth login");
        }
        AccessToken fresh = ApiClients.refresh(clientId, chosen.target(), api, settings, env(),
                stored.refreshToken());
        StoredToken updated = stored.withToken(fresh);
        // save() reads and rewrites the file under the store's lock: entries other logins saved meanwhile stay.
        store.save(clientId, updated);
        say("Refreshed; saved to " + store.file() + ".");
        TokenPrinter printer = new TokenPrinter(env().clock().instant(), reveal);
        TokenReport report = TokenReport.of(updated);
        if (json) {
            printer.json(out(), report);
        } else {
            printer.human(out(), report);
        }
        return ExitCodes.OK;
    }
}
