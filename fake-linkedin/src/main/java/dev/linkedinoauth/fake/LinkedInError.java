package dev.linkedinoauth.fake;

import java.time.YearMonth;
import java.time.ZoneOffset;

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

    /** LinkedIn's answer for this row, shaped for the request it replaces. */
    FakeResponse response(FakeRequest request, FakeContext context) {
        return switch (this) {
            case AUTHORIZATION_CODE_NOT_FOUND -> OAuthErrors.error(401, "invalid_request", OAuthErrors.CODE_NOT_FOUND);
            case AUTHORIZATION_CODE_EXPIRED -> OAuthErrors.error(400, "invalid_redirect_uri", OAuthErrors.CODE_MISMATCH);
            case INVALID_CLIENT -> OAuthErrors.invalidClient();
            case INVALID_CLIENT_ID -> OAuthErrors.unknownClientId(clientId(request));
            case INVALID_REFRESH_TOKEN -> OAuthErrors.error(400, "invalid_request", OAuthErrors.BAD_REFRESH);
            case APPLICATION_TOKENS_NOT_ALLOWED -> OAuthErrors.error(401, "access_denied", OAuthErrors.NO_APPLICATION_TOKENS);
            case EMPTY_ACCESS_TOKEN -> RestErrors.error(401, 401, null, "Empty oauth2_access_token");
            case INVALID_ACCESS_TOKEN -> RestErrors.error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
            case REVOKED_ACCESS_TOKEN -> RestErrors.error(401, 65601, "REVOKED_ACCESS_TOKEN",
                    "The token used in the request has been revoked by the user");
            case EXPIRED_ACCESS_TOKEN -> RestErrors.error(401, 65602, "EXPIRED_ACCESS_TOKEN",
                    "The token used in the request has expired");
            case ACCESS_DENIED -> RestErrors.accessDenied(resource(request, context));
            case DUPLICATE_POST -> RestErrors.duplicatePost("urn:li:share:" + context.tokens().shareId());
            case NONEXISTENT_VERSION -> RestErrors.error(426, null, "NONEXISTENT_VERSION",
                    "Requested version " + version(request, context) + " is not active");
            case TOO_MANY_REQUESTS -> RestErrors.error(429, 101, "TOO_MANY_REQUESTS",
                    "Resource level throttle limit for calls to this resource is reached.");
        };
    }

    private static String clientId(FakeRequest request) {
        String fromForm = FakeRequest.first(request.form(), "client_id");
        return fromForm == null ? "" : Html.truncate(fromForm, 100);
    }

    /** LinkedIn's resource names as they appear in its 403 messages. */
    private static String resource(FakeRequest request, FakeContext context) {
        return switch (LinkedInEndpoint.ofPath(request.path())) {
            case ME -> "me.GET.NO_VERSION";
            case USERINFO -> "userinfo.GET.NO_VERSION";
            case UGC_POSTS -> "ugcPosts.CREATE.NO_VERSION";
            case POSTS -> "partnerApiPostsExternal.CREATE." + version(request, context);
            default -> request.path() + "." + request.method();
        };
    }

    /** The request's {@code LinkedIn-Version} as LinkedIn echoes it (YYYYMM01), else the fake's current month. */
    private static String version(FakeRequest request, FakeContext context) {
        String header = request.header("LinkedIn-Version");
        if (header != null && header.trim().matches("\\d{6}(\\.\\d{2})?")) {
            return header.trim().substring(0, 6) + "01";
        }
        YearMonth month = YearMonth.from(context.now().atZone(ZoneOffset.UTC));
        return String.format("%04d%02d01", month.getYear(), month.getMonthValue());
    }
}
