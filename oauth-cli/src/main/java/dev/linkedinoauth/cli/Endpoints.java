package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInHttp;

/** Turns the user's choice of LinkedIn ({@link EndpointOptions.Target}) into oauth-core's endpoints. */
final class Endpoints {

    private Endpoints() {
    }

    static LinkedInEndpoints of(EndpointOptions.Target target, LinkedInHttp http) {
        if (target instanceof EndpointOptions.Target.BaseUrl base) {
            return LinkedInEndpoints.forBaseUrl(base.uri());
        }
        if (target instanceof EndpointOptions.Target.Discovery discovery) {
            return LinkedInEndpoints.fromDiscovery(discovery.uri(), http);
        }
        return LinkedInEndpoints.production();
    }

}
