package dev.linkedinoauth.core;

/**
 * LinkedIn answered with an error: an OAuth body {@code {"error","error_description"}} from the token
 * endpoints or a REST envelope {@code {"status","serviceErrorCode","code","message"}} from the API. The
 * {@link #kind()} says what it means for the caller; status, error code and description are LinkedIn's own.
 *
 * <pre>{@code
 * catch (LinkedInApiException e) {
 *     if (e.kind().needsNewLogin()) System.err.println("log in again: " + e.getMessage()); }
 * }</pre>
 */
public final class LinkedInApiException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    /**
     * What an error means, decided from HTTP status and error code (never from message text).
     *
     * <pre>{@code
     * if (e.kind() == LinkedInApiException.Kind.RATE_LIMITED) System.err.println("try again tomorrow");
     * }</pre>
     */
    public enum Kind {
        /** Wrong client id or client secret ({@code invalid_client}). */
        INVALID_CLIENT,
        /** The authorization code or refresh token is unknown, expired, already used or revoked. */
        INVALID_GRANT,
        /** The request itself was refused as malformed ({@code invalid_request} without a grant to blame). */
        INVALID_REQUEST,
        /** The app or token may not do this (missing scope or product, {@code access_denied}, 403). */
        ACCESS_DENIED,
        /** The access token is unknown or malformed (401, serviceErrorCode 65600). */
        TOKEN_INVALID,
        /** The access token has expired (401, serviceErrorCode 65602). */
        TOKEN_EXPIRED,
        /** The access token was revoked (401, serviceErrorCode 65601). */
        TOKEN_REVOKED,
        /** LinkedIn refused a post whose text the author already published (422 {@code DUPLICATE_POST}). */
        DUPLICATE_POST,
        /**
         * The {@code LinkedIn-Version} sent is retired or not released (426 {@code NONEXISTENT_VERSION}): pick a
         * month from the last twelve.
         */
        VERSION_NOT_ACTIVE,
        /** Too many requests (429), still refused after the bounded retries. */
        RATE_LIMITED,
        /** LinkedIn failed (5xx), still failing after the bounded retries where retrying is safe. */
        SERVER_ERROR,
        /** Anything else, including a success answer that could not be read. */
        OTHER;

        /** True when only a new interactive login can help (the token or grant is no longer usable). */
        public boolean needsNewLogin() {
            return this == INVALID_GRANT || this == TOKEN_INVALID || this == TOKEN_EXPIRED || this == TOKEN_REVOKED;
        }
    }

    private final int status;
    private final String error;
    private final Integer serviceErrorCode;
    private final String description;
    private final Kind kind;

    public LinkedInApiException(String operation, int status, String error, Integer serviceErrorCode,
                                String description, Kind kind) {
        this(status, error, serviceErrorCode, description, kind,
                messageFor(operation, status, error, serviceErrorCode, description));
    }

    private LinkedInApiException(int status, String error, Integer serviceErrorCode, String description, Kind kind,
                                 String message) {
        super(message);
        this.status = status;
        this.error = error;
        this.serviceErrorCode = serviceErrorCode;
        this.description = description;
        this.kind = kind;
    }

    /** HTTP status code of LinkedIn's answer. */
    public int status() {
        return status;
    }

    /** OAuth {@code error} or REST {@code code} (e.g. {@code invalid_client}, {@code EXPIRED_ACCESS_TOKEN}); may be null. */
    public String error() {
        return error;
    }

    /** REST {@code serviceErrorCode} (e.g. 65602); null for OAuth errors. */
    public Integer serviceErrorCode() {
        return serviceErrorCode;
    }

    /** OAuth {@code error_description} or REST {@code message}; may be null. */
    public String description() {
        return description;
    }

    public Kind kind() {
        return kind;
    }

    /** The same error with what to do about it appended to the message (LinkedIn's own fields unchanged). */
    LinkedInApiException withAdvice(String advice) {
        LinkedInApiException advised = new LinkedInApiException(status, error, serviceErrorCode, description, kind,
                getMessage() + "; " + advice);
        advised.setStackTrace(getStackTrace());
        return advised;
    }

    private static String messageFor(String operation, int status, String error, Integer serviceErrorCode,
                                     String description) {
        StringBuilder s = new StringBuilder(operation).append(" failed: LinkedIn answered HTTP ").append(status);
        if (error != null || serviceErrorCode != null) {
            s.append(" (");
            if (error != null) {
                s.append(error);
            }
            if (serviceErrorCode != null) {
                s.append(error != null ? ", " : "").append("serviceErrorCode ").append(serviceErrorCode);
            }
            s.append(')');
        }
        if (description != null && !description.isBlank()) {
            s.append(": ").append(description);
        }
        return s.toString();
    }
}
