package dev.linkedinoauth.core;

/**
 * The library was configured in a way that cannot work (missing client id, a redirect URI the callback
 * server cannot serve, a discovery document without the required endpoints, ...). Nothing was sent to
 * LinkedIn.
 *
 * <pre>{@code
 * try { LinkedInOAuth.builder().build(); }
 * catch (ConfigurationException e) { System.err.println(e.getMessage()); } // "client id is missing"
 * }</pre>
 */
public final class ConfigurationException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
