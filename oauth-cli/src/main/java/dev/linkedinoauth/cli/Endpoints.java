package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInHttp;
import java.net.URI;

/** Turns the user's choice of LinkedIn ({@link EndpointOptions.Target}) into oauth-core's endpoints. */
final class Endpoints {

    private Endpoints() {
    }

    static LinkedInEndpoints of(EndpointOptions.Target target, LinkedInHttp http) {
        if (target instanceof EndpointOptions.Target.BaseUrl base) {
            return forBaseUrl(base.uri());
        }
        if (target instanceof EndpointOptions.Target.Discovery discovery) {
            return LinkedInEndpoints.fromDiscovery(discovery.uri(), http);
        }
        return LinkedInEndpoints.production();
    }

    /**
     * LinkedIn's layout under one base URL. A server at a base URL other than linkedin.com (the fake)
     * signs id_tokens as {@code {base}/oauth}, the same path LinkedIn's issuer has under its own host,
     * so that issuer is the one accepted.
     */
    static LinkedInEndpoints forBaseUrl(URI base) {
        String b = base.toString().replaceAll("/+$", "");
        return LinkedInEndpoints.forBaseUrl(base).withIssuer(b + "/oauth");
    }
}
