package dev.linkedinoauth.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which LinkedIn to talk to: production (default), one base URL (a fake), or an OpenID discovery document. */
final class EndpointOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Talk to LinkedIn at URL instead (default: $LINKEDIN_BASE_URL, else "
                    + "linkedin.com), e.g. a fake:%n  http://127.0.0.1:8080")
    String baseUrl;

    @Option(names = "--discovery-url", paramLabel = "URL",
            description = "Take the endpoints from an OpenID Connect discovery document "
                    + "(any OpenID provider; default: $LINKEDIN_DISCOVERY_URL).")
    String discoveryUrl;

    /** The chosen endpoints as text; the caller turns them into oauth-core's value. */
    Target target(Settings settings) {
        Optional<String> discovery = Optional.ofNullable(blankToNull(discoveryUrl));
        Optional<String> base = Optional.ofNullable(blankToNull(baseUrl));
        if (discovery.isPresent() && base.isPresent()) {
            throw new CliException.Config("use either --base-url or --discovery-url, not both");
        }
        if (discovery.isPresent()) {
            return new Target.Discovery(httpUrl(discovery.get(), "--discovery-url"));
        }
        if (base.isPresent()) {
            return new Target.BaseUrl(httpUrl(base.get(), "--base-url"));
        }
        Optional<String> envDiscovery = settings.get("LINKEDIN_DISCOVERY_URL");
        Optional<String> envBase = settings.get("LINKEDIN_BASE_URL");
        if (envDiscovery.isPresent()) {
            return new Target.Discovery(httpUrl(envDiscovery.get(), "LINKEDIN_DISCOVERY_URL"));
        }
        if (envBase.isPresent()) {
            return new Target.BaseUrl(httpUrl(envBase.get(), "LINKEDIN_BASE_URL"));
        }
        return new Target.Production();
    }

    /** A URL the user gave: absolute http(s) with a host, else a configuration error naming its source. */
    static URI httpUrl(String text, String source) {
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new CliException.Config(
                        "bad URL in " + source + ": '" + text + "' (expected http://host[:port]/...)");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CliException.Config("bad URL in " + source + ": '" + text + "' (" + e.getReason() + ")", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Where the endpoints come from. */
    sealed interface Target {
        record Production() implements Target {
        }

        record BaseUrl(URI uri) implements Target {
        }

        record Discovery(URI uri) implements Target {
        }
    }
}
