package dev.linkedinoauth.core;

/**
 * The OpenID id_token did not verify: bad signature, wrong issuer or audience, expired, or unreadable.
 *
 * <pre>{@code
 * try { verifier.verify(token.idToken()); }
 * catch (IdTokenException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class IdTokenException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    public IdTokenException(String message) {
        super(message);
    }

    public IdTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
