package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.AccessToken;
import dev.linkedinoauth.core.LinkedInApiException;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.Secret;
import dev.linkedinoauth.core.TokenClient;

/** The token-endpoint client for refresh, introspect and revoke, from their resolved options. */
final class ApiClients {

    private ApiClients() {
    }

    static TokenClient tokenClient(ApiCommandOptions api, Settings settings, CliEnvironment env, LinkedInHttp http) {
        return tokenClient(api.clientId.resolve(settings), api.endpoints.target(settings), api, settings, env, http);
    }

    /** For a stored token: the app and the server of its entry; the secret as always (never stored). */
    static TokenClient tokenClient(String clientId, EndpointOptions.Target target, ApiCommandOptions api,
                                   Settings settings, CliEnvironment env, LinkedInHttp http) {
        return new TokenClient(http, Endpoints.of(target, http), clientId,
                Secret.of(api.clientSecret.resolve(settings, env)), env.clock());
    }

    /** A refresh token LinkedIn no longer accepts means "log in again": exit 3, not 5. */
    static AccessToken refresh(String clientId, EndpointOptions.Target target, ApiCommandOptions api,
                               Settings settings, CliEnvironment env, String refreshToken) {
        try (LinkedInHttp http = LinkedInHttp.create()) {
            return tokenClient(clientId, target, api, settings, env, http).refresh(refreshToken);
        } catch (LinkedInApiException e) {
            if (e.kind() == LinkedInApiException.Kind.INVALID_GRANT) {
                throw new CliException.NotLoggedIn("LinkedIn refused the refresh token (" + e.getMessage()
                        + "); run linkedin-oauth login");
            }
            throw e;
        }
    }
}
