package dev.linkedinoauth.core.probe;

import dev.linkedinoauth.core.LinkedInEndpoints;
import java.net.URI;
import java.util.Objects;

/**
 * The server a probe run checks: its endpoints (as the rest of the library uses them) and its OpenID
 * discovery document, which {@link LinkedInEndpoints} does not keep.
 *
 * <pre>{@code
 * ProbeTarget live = ProbeTarget.production();
 * ProbeTarget fake = ProbeTarget.forBaseUrl(URI.create("http://127.0.0.1:8080"));
 * }</pre>
 *
 * @param discovery the discovery document's URL
 * @param endpoints every other URL
 */
public record ProbeTarget(URI discovery, LinkedInEndpoints endpoints) {
    /** LinkedIn's discovery document (§5.1). */
    public static final URI PRODUCTION_DISCOVERY = URI.create("https://www.linkedin.com/oauth/.well-known/openid-configuration");

    public ProbeTarget {
        Objects.requireNonNull(discovery, "discovery");
        Objects.requireNonNull(endpoints, "endpoints");
    }

    /** LinkedIn itself. */
    public static ProbeTarget production() {
        return new ProbeTarget(PRODUCTION_DISCOVERY, LinkedInEndpoints.production());
    }

    /** Everything under one base URL, laid out like LinkedIn (a fake). */
    public static ProbeTarget forBaseUrl(URI base) {
        String b = Objects.requireNonNull(base, "base").toString().replaceAll("/+$", "");
        return new ProbeTarget(URI.create(b + "/oauth/.well-known/openid-configuration"), LinkedInEndpoints.forBaseUrl(base));
    }

    /** The endpoints read from {@code discovery} (see {@link LinkedInEndpoints#fromDiscovery}). */
    public static ProbeTarget of(URI discovery, LinkedInEndpoints endpoints) {
        return new ProbeTarget(discovery, endpoints);
    }

    /** The URL a probe of {@code endpoint} is sent to. */
    public URI uri(ProbeEndpoint endpoint) {
        return switch (endpoint) {
            case DISCOVERY -> discovery;
            case JWKS -> endpoints.jwks();
            case AUTHORIZATION -> endpoints.authorization();
            case TOKEN -> endpoints.token();
            case INTROSPECTION -> endpoints.introspection();
            case USERINFO -> endpoints.userinfo();
            case ME -> URI.create(endpoints.apiBase() + "/me");
            case POSTS -> URI.create(endpoints.restBase() + "/posts");
        };
    }
}
