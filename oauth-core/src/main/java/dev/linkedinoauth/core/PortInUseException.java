package dev.linkedinoauth.core;

import java.net.URI;

/**
 * The callback server could not listen on the redirect URI's port because something else already does.
 * LinkedIn redirects only to a registered URI, so the port cannot simply be changed: free it, or register
 * another redirect URI at LinkedIn and use that one.
 *
 * <pre>{@code
 * try (CallbackServer server = CallbackServer.start(redirectUri, request.state())) { ... }
 * catch (PortInUseException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class PortInUseException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    private final int port;

    public PortInUseException(int port, URI redirectUri, Throwable cause) {
        super("Port " + port + " is already in use, so the callback server cannot listen for " + redirectUri
                + "; the port must match the redirect URI registered at LinkedIn (LinkedIn redirects to no other),"
                + " so stop whatever uses port " + port + " or register and use another redirect URI", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
