package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.probe.ProbeTarget;

/**
 * Where {@code probe} sends its requests, from the endpoint options. Its own class, not a method of
 * {@link ProbeCommand}: picocli reflects over a command's declared methods for {@code --help}, which would
 * load core's classes and slow every {@code --help} down (CliProcessIT checks that it loads none).
 */
final class ProbeTargets {

    private ProbeTargets() {
    }

    static ProbeTarget of(EndpointOptions.Target target, LinkedInHttp http) {
        if (target instanceof EndpointOptions.Target.BaseUrl base) {
            return ProbeTarget.forBaseUrl(base.uri());
        }
        if (target instanceof EndpointOptions.Target.Discovery discovery) {
            return ProbeTarget.of(discovery.uri(), LinkedInEndpoints.fromDiscovery(discovery.uri(), http));
        }
        return ProbeTarget.production();
    }
}
