package dev.linkedinoauth.core;

/**
 * LinkedIn redirected back with an error instead of a code: the member cancelled
 * ({@code user_cancelled_login}, {@code user_cancelled_authorize}) or the app may not ask for a scope
 * ({@code unauthorized_scope_error}). Carries LinkedIn's error code and its (decoded) description.
 *
 * <pre>{@code
 * catch (AuthorizationDeniedException e) {
 *     if (e.isCancelled()) System.err.println("cancelled"); else System.err.println(e.description()); }
 * }</pre>
 */
public final class AuthorizationDeniedException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String description;

    public AuthorizationDeniedException(String error, String description) {
        super(messageFor(error, description));
        this.error = error;
        this.description = description;
    }

    /** LinkedIn's {@code error} value, e.g. {@code user_cancelled_authorize}. */
    public String error() {
        return error;
    }

    /** LinkedIn's {@code error_description}, URL- and HTML-decoded; may be null. */
    public String description() {
        return description;
    }

    /** True when the member chose not to sign in or not to authorize the app. */
    public boolean isCancelled() {
        return error != null && error.startsWith("user_cancelled");
    }

    private static String messageFor(String error, String description) {
        String what = error != null && error.startsWith("user_cancelled")
                ? "Sign-in was cancelled at LinkedIn"
                : "LinkedIn refused the authorization";
        return what + " (" + error + ")" + (description == null || description.isBlank() ? "" : ": " + description);
    }
}
