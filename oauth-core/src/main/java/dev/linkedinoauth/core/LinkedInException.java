package dev.linkedinoauth.core;

/**
 * The one exception type of oauth-core: every failure the library reports is a subclass, so a caller can
 * tell the cases apart by type. Messages are a single line and never contain a secret (client secret,
 * access or refresh token, authorization code).
 *
 * <pre>{@code
 * try { oauth.login(); }
 * catch (AuthorizationDeniedException e) { System.err.println(e.getMessage()); }  // user said no
 * catch (LinkedInException e) { System.err.println(e.getMessage()); }             // anything else
 * }</pre>
 */
// Not sealed: a permits list would tie this file to each of its subclasses in one import cycle. The
// package-private constructors keep the hierarchy closed just as well: no class outside oauth-core can extend it.
public abstract class LinkedInException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LinkedInException(String message) {
        super(oneLine(message));
    }

    LinkedInException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Messages are printed as one line by the CLI; a line break from a server must not break that. */
    static String oneLine(String message) {
        return message == null ? null : message.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
