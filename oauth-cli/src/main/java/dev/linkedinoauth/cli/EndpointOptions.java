package dev.linkedinoauth.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which LinkedIn to talk to: production (default), one base URL (a fake), or an OpenID discovery document. */
final class EndpointOptions {

    @Option(names = "--base-url", paramLabel = "URL",
            description = "LinkedIn at URL instead of linkedin.com (default: $LINKEDIN_BASE_URL), e.g. a fake:%n"
                    + "  http://127.0.0.1:8080%n  A command that only reads the token store takes that server's entry.")
    String baseUrl;

    @Option(names = "--discovery-url", paramLabel = "URL",
            description = "Take the endpoints from an OpenID Connect discovery document "
                    + "(any OpenID provider; default: $LINKEDIN_DISCOVERY_URL).")
    String discoveryUrl;

    /** The chosen endpoints as text; the caller turns them into oauth-core's value. */
    Target target(Settings settings) {
        Target explicit = explicit(settings);
        return explicit != null ? explicit : new Target.Production();
    }

    /** The server the options or the environment name; null when none does (production, or the stored one). */
    Target explicit(Settings settings) {
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
        return null;
    }

    /** How the token store names a server: {@code production}, the base URL, or {@code discovery:URL}. */
    static String key(Target target) {
        if (target instanceof Target.BaseUrl base) {
            return trimSlash(base.uri().toString());
        }
        if (target instanceof Target.Discovery discovery) {
            return "discovery:" + trimSlash(discovery.uri().toString());
        }
        return "production";
    }

    /** The server a stored key names; null for null (an entry of the first format). */
    static Target fromKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.equals("production")) {
            return new Target.Production();
        }
        if (key.startsWith("discovery:")) {
            return new Target.Discovery(java.net.URI.create(key.substring("discovery:".length())));
        }
        return new Target.BaseUrl(java.net.URI.create(key));
    }

    /** For people: "linkedin.com", or the URL; null (a login of the first format) is "a server not recorded". */
    static String describe(String key) {
        return key == null ? "a server not recorded" : key.equals("production") ? "linkedin.com (production)" : key;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
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
