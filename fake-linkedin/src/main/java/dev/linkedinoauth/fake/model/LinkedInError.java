package dev.linkedinoauth.fake.model;

/**
 * LinkedIn's documented (or observed) error answers, one constant per row of the contract
 * ({@code linkedin-api.md} §3.5 and §6.2), with LinkedIn's status, codes and body. Script one with
 * {@link Outcome#error(LinkedInError)}.
 *
 * <pre>{@code
 * fake.enqueue(Outcome.error(LinkedInError.EXPIRED_ACCESS_TOKEN).on(LinkedInEndpoint.USERINFO));
 * fake.enqueue(Outcome.error(LinkedInError.INVALID_REFRESH_TOKEN));   // the next token request
 * }</pre>
 */
public enum LinkedInError {
    // --- token endpoint (OAuth body: error, error_description) ----------------------------------
    /** 401 {@code invalid_request} "…authorization code not found". */
    AUTHORIZATION_CODE_NOT_FOUND(401, LinkedInEndpoint.TOKEN),
    /** 400 {@code invalid_redirect_uri} "…does not match authorization code. Or authorization code expired…". */
    AUTHORIZATION_CODE_EXPIRED(400, LinkedInEndpoint.TOKEN),
    /** 401 {@code invalid_client} "Client authentication failed". */
    INVALID_CLIENT(401, LinkedInEndpoint.TOKEN),
    /** 400 {@code invalid_client_id} "The passed in client_id is invalid "…"". */
    INVALID_CLIENT_ID(400, LinkedInEndpoint.TOKEN),
    /** 400 {@code invalid_request} "The provided authorization grant or refresh token is invalid, expired or revoked". */
    INVALID_REFRESH_TOKEN(400, LinkedInEndpoint.TOKEN),
    /** 401 {@code access_denied} "This application is not allowed to create application tokens". */
    APPLICATION_TOKENS_NOT_ALLOWED(401, LinkedInEndpoint.TOKEN),

    // --- APIs (REST envelope: status, serviceErrorCode, code, message) ---------------------------
    /** 401, serviceErrorCode 401, "Empty oauth2_access_token". */
    EMPTY_ACCESS_TOKEN(401, LinkedInEndpoint.API),
    /** 401 65600 {@code INVALID_ACCESS_TOKEN}. */
    INVALID_ACCESS_TOKEN(401, LinkedInEndpoint.API),
    /** 401 65601 {@code REVOKED_ACCESS_TOKEN}. */
    REVOKED_ACCESS_TOKEN(401, LinkedInEndpoint.API),
    /** 401 65602 {@code EXPIRED_ACCESS_TOKEN}. */
    EXPIRED_ACCESS_TOKEN(401, LinkedInEndpoint.API),
    /** 403 100 {@code ACCESS_DENIED} "Not enough permissions to access: {resource}" for the endpoint called. */
    ACCESS_DENIED(403, LinkedInEndpoint.API),
    /** 422 Rest.li validation body with {@code DUPLICATE_POST}. */
    DUPLICATE_POST(422, LinkedInEndpoint.API),
    /** 426 {@code NONEXISTENT_VERSION} "Requested version YYYYMM01 is not active", echoing the request's version. */
    NONEXISTENT_VERSION(426, LinkedInEndpoint.API),
    /** 429 101 {@code TOO_MANY_REQUESTS} "Resource level throttle limit for calls to this resource is reached.". */
    TOO_MANY_REQUESTS(429, LinkedInEndpoint.API);

    private final int status;
    private final LinkedInEndpoint defaultEndpoint;

    LinkedInError(int status, LinkedInEndpoint defaultEndpoint) {
        this.status = status;
        this.defaultEndpoint = defaultEndpoint;
    }

    /** The HTTP status LinkedIn answers with. */
    public int status() {
        return status;
    }

    /** Where {@link Outcome#error(LinkedInError)} applies unless {@code .on(...)} says otherwise: token or api. */
    public LinkedInEndpoint defaultEndpoint() {
        return defaultEndpoint;
    }

    /** Parses a constant name in any case, e.g. {@code expired_access_token}. */
    public static LinkedInError parse(String name) {
        if (name != null) {
            for (LinkedInError error : values()) {
                if (error.name().equalsIgnoreCase(name.trim())) {
                    return error;
                }
            }
        }
        throw new IllegalArgumentException("unknown LinkedIn error \"" + name + "\"; one of "
                + java.util.Arrays.toString(values()));
    }
}
