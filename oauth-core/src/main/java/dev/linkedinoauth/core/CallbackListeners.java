package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Where {@link CallbackServer} listens: which loopback addresses a redirect URI stands for, binding them all
 * before anything is served, and what a failed bind means for the user (port taken, or not servable).
 */
final class CallbackListeners {
    static final String IPV6_LOOPBACK = "::1";

    private CallbackListeners() {
    }

    /** True for {@code http} on localhost, 127.0.0.1 or [::1]. */
    static boolean canServe(URI redirectUri) {
        return "http".equalsIgnoreCase(redirectUri.getScheme()) && redirectUri.getHost() != null
                && isLoopback(redirectUri.getHost());
    }

    static void requireServable(URI redirectUri) {
        if (!canServe(redirectUri)) {
            throw new ConfigurationException("The callback server can only serve an http:// redirect URI on"
                    + " localhost, 127.0.0.1 or [::1], not " + redirectUri);
        }
    }

    /**
     * Binds every address before anything is served, so that a port busy on either family fails the start.
     * {@code localhost} is 127.0.0.1 and ::1: Chromium tries [::1] first, and another server there would
     * otherwise take the code while this one waits. A machine without IPv6 gets 127.0.0.1 alone, said once.
     */
    static void open(Server server, URI redirectUri, Duration idleTimeout, Consumer<String> notices,
                     String ipv6Loopback) throws IOException {
        List<String> hosts = bindHosts(redirectUri, ipv6Loopback);
        for (int i = 0; i < hosts.size(); i++) {
            ServerConnector connector = new ServerConnector(server, 1, 1);
            connector.setHost(hosts.get(i));
            connector.setPort(port(redirectUri));
            connector.setIdleTimeout(idleTimeout.toMillis());
            try {
                connector.open();
            } catch (IOException e) {
                BindException bind = bindCause(e);
                boolean optionalIpv6 = i > 0; // only localhost has a second address: its IPv6 one
                if (optionalIpv6 && (bind == null || !isInUse(bind))) {
                    connector.close();
                    notices.accept("This machine has no IPv6 loopback (" + hosts.get(i) + ": " + LinkedInException.oneLine(
                            String.valueOf(e.getMessage())) + "); the callback server listens on 127.0.0.1 only.");
                    continue;
                }
                connector.close();
                for (Connector opened : server.getConnectors()) { // the server never started: stop() would not
                    ((ServerConnector) opened).close();
                }
                throw e;
            }
            server.addConnector(connector);
        }
    }

    /** A failed start as the user should read it: the port is taken, or it cannot be listened on and why. */
    static LinkedInException cannotListen(URI redirectUri, Exception e) {
        BindException bind = bindCause(e);
        if (bind != null && isInUse(bind)) {
            return new PortInUseException(port(redirectUri), redirectUri, e);
        }
        return new ConfigurationException("The callback server cannot listen on port " + port(redirectUri)
                + " for " + redirectUri + ": " + (bind != null ? bind.getMessage() : e.getMessage()), e);
    }

    private static boolean isInUse(BindException bind) {
        return bind.getMessage() == null || bind.getMessage().toLowerCase(Locale.ROOT).contains("in use");
    }

    private static boolean isLoopback(String host) {
        return host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /** localhost is both loopbacks (127.0.0.1 first: it must work, ::1 only where the machine has it). */
    private static List<String> bindHosts(URI uri, String ipv6Loopback) {
        String host = uri.getHost();
        if (host.equalsIgnoreCase("localhost")) {
            return List.of("127.0.0.1", ipv6Loopback);
        }
        return List.of(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    }

    private static int port(URI uri) {
        return uri.getPort() == -1 ? 80 : uri.getPort();
    }

    private static BindException bindCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException b) {
                return b;
            }
        }
        return null;
    }
}
