package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.TokenClient;
import picocli.CommandLine.Mixin;

/** What refresh, introspect and revoke share: the app's credentials, which LinkedIn, and .env. */
final class ApiCommandOptions {

    @Mixin
    ClientIdOption clientId;

    @Mixin
    ClientSecretOptions clientSecret;

    @Mixin
    EndpointOptions endpoints;

    @Mixin
    EnvFileOption envFile;

    TokenClient tokenClient(Settings settings, CliEnvironment env, LinkedInHttp http) {
        return new TokenClient(http, Endpoints.of(endpoints.target(settings), http), clientId.resolve(settings),
                clientSecret.resolve(settings, env), env.clock());
    }
}
