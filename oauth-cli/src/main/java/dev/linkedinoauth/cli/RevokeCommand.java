package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Masking;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code linkedin-oauth revoke}: revoke the stored token at LinkedIn, then forget it. */
@Command(name = "revoke",
        header = "Revoke the stored token at LinkedIn and remove it from the token store.",
        description = {"LinkedIn's revoke endpoint (/oauth/v2/revoke) is not officially documented; members can "
                + "also remove the app at linkedin.com > Settings > Data privacy > Permitted services.",
                HelpTopics.STORED_SESSION,
                HelpTopics.SECRET_SOURCES},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth revoke",
            HelpTopics.SEE_ALSO,
        })
final class RevokeCommand extends BaseCommand {

    @Mixin
    ApiCommandOptions api;

    @Override
    public Integer call() {
        Settings settings = api.envFile.load(env());
        StoredTokens.Chosen chosen = StoredTokens.choose(settings, api.clientId, api.endpoints);
        String clientId = chosen.clientId();
        TokenStore store = chosen.store();
        StoredToken stored = chosen.token();
        try (LinkedInHttp http = LinkedInHttp.create()) {
            ApiClients.tokenClient(clientId, chosen.target(), api, settings, env(), http).revoke(stored.accessToken());
        }
        StoredTokens.forgetIfStill(store, clientId, stored);
        out().println("Revoked " + Masking.mask(stored.accessToken()) + " and removed it from " + store.file());
        out().flush();
        return ExitCodes.OK;
    }
}
