package dev.linkedinoauth.fake.internal.server;

import dev.linkedinoauth.fake.model.FakeConfig;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Request;

/**
 * The base URL clients see, used in the issuer, discovery, id_tokens and avatars: the configured
 * {@code publicBaseUrl}; else, when bound to every interface, the request's Host header; else the
 * address the fake listens on.
 */
public final class PublicBaseUrl {
    private static final Pattern HOST_HEADER = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    private final String configured;
    private final String host;
    private final boolean wildcard;

    public PublicBaseUrl(FakeConfig config) {
        this.configured = config.publicBaseUrl();
        this.host = config.host();
        this.wildcard = isWildcard(config.host());
    }

    static boolean isWildcard(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
    }

    /** The loopback URL for a server listening on {@code host:port}. */
    public static String listening(String host, int port) {
        String shown = isWildcard(host) ? "127.0.0.1" : host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + port;
    }

    String resolve(Request request) {
        if (configured != null) {
            return configured;
        }
        if (wildcard) {
            String hostHeader = request.getHeaders().get("Host");
            if (hostHeader != null && HOST_HEADER.matcher(hostHeader).matches()) {
                return "http://" + hostHeader;
            }
        }
        return listening(host, Request.getLocalPort(request));
    }
}
