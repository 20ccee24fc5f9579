package dev.linkedinoauth.core;

/**
 * The redirect carried a {@code state} other than the one this login sent (or none): it may be forged or
 * belong to an older attempt, so its code is not used. Thrown by {@link AuthorizationResponse#fromRedirect};
 * a login never ends with it: its callback server and paste reader refuse such redirects and keep waiting.
 *
 * <pre>{@code
 * try { AuthorizationResponse.fromRedirect(pastedUrl, request.state()); }
 * catch (StateMismatchException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class StateMismatchException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    public StateMismatchException(String message) {
        super(message);
    }
}
