package dev.linkedinoauth.cli;

import picocli.CommandLine.Mixin;

/**
 * What refresh, introspect and revoke share: the app's credentials, which LinkedIn, and .env. Holds no
 * oauth-core types, so that parsing the command line loads none ({@link ApiClients} makes the client).
 */
final class ApiCommandOptions {

    @Mixin
    ClientIdOption clientId;

    @Mixin
    ClientSecretOptions clientSecret;

    @Mixin
    EndpointOptions endpoints;

    @Mixin
    EnvFileOption envFile;
}
