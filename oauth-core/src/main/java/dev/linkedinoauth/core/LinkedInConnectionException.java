package dev.linkedinoauth.core;

/**
 * LinkedIn (or the configured provider) could not be reached or did not answer in time: connection
 * refused, DNS failure, connect or response timeout. Nothing is known about whether LinkedIn acted.
 *
 * <pre>{@code
 * try { tokens.exchangeCode(code, redirectUri); }
 * catch (LinkedInConnectionException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class LinkedInConnectionException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    public LinkedInConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
