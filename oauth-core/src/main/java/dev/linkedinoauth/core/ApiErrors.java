package dev.linkedinoauth.core;

import com.fasterxml.jackson.databind.JsonNode;

import dev.linkedinoauth.core.LinkedInApiException.Kind;

/**
 * Turns LinkedIn's error answers into {@link LinkedInApiException}s, by HTTP status and error code (LinkedIn
 * asks clients not to key on message text). Two body shapes exist: OAuth {@code {"error","error_description"}}
 * from the {@code /oauth/v2} endpoints and the REST envelope {@code {"status","serviceErrorCode","code","message"}}.
 */
final class ApiErrors {

    /** What was being attempted: the same {@code invalid_request} means different things per grant. */
    enum Call {
        CODE_GRANT, REFRESH_GRANT, CLIENT_CREDENTIALS, INTROSPECTION, REVOCATION, API
    }

    private ApiErrors() {
    }

    static LinkedInApiException from(String operation, HttpResult result, Call call) {
        JsonNode body = Json.objectOrNull(result.body());
        int status = result.status();
        if (body != null && body.hasNonNull("error") && body.get("error").isTextual()) {
            String error = Json.text(body, "error");
            String description = Json.text(body, "error_description");
            return new LinkedInApiException(operation, status, error, null, description, oauthKind(status, error, call));
        }
        if (body != null && (body.has("serviceErrorCode") || body.has("message") || body.has("code")
                || body.has("errorDetails"))) {
            Long service = Json.number(body, "serviceErrorCode");
            String code = Json.text(body, "code") != null ? Json.text(body, "code") : inputErrorCode(body);
            String message = Json.text(body, "message");
            Integer serviceErrorCode = service == null ? null : service.intValue();
            return new LinkedInApiException(operation, status, code, serviceErrorCode, message,
                    restKind(status, serviceErrorCode, code));
        }
        return new LinkedInApiException(operation, status, null, null, plainDescription(result),
                restKind(status, null, null));
    }

    /** A 2xx answer we could not read is still LinkedIn's fault, not a network problem. */
    static LinkedInApiException unreadable(String operation, HttpResult result, String what) {
        return new LinkedInApiException(operation, result.status(), null, null, what, Kind.OTHER);
    }

    private static Kind oauthKind(int status, String error, Call call) {
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status >= 500) {
            return Kind.SERVER_ERROR;
        }
        switch (error) {
            case "invalid_client", "invalid_client_id", "unauthorized_client":
                return Kind.INVALID_CLIENT;
            case "access_denied":
                return Kind.ACCESS_DENIED;
            case "invalid_grant", "invalid_redirect_uri":
                return Kind.INVALID_GRANT;
            case "invalid_request":
                // We always send every required field, so for a grant LinkedIn's invalid_request means the code
                // or refresh token was refused (unknown, expired, reused; LinkedIn uses both codes for that).
                return call == Call.CODE_GRANT || call == Call.REFRESH_GRANT ? Kind.INVALID_GRANT : Kind.INVALID_REQUEST;
            case "invalid_token":
                return Kind.TOKEN_INVALID;
            default:
                return status == 401 ? Kind.INVALID_CLIENT : status == 403 ? Kind.ACCESS_DENIED : Kind.OTHER;
        }
    }

    private static Kind restKind(int status, Integer serviceErrorCode, String code) {
        if (serviceErrorCode != null) {
            switch (serviceErrorCode) {
                case 65600:
                    return Kind.TOKEN_INVALID;
                case 65601:
                    return Kind.TOKEN_REVOKED;
                case 65602:
                    return Kind.TOKEN_EXPIRED;
                default:
                    break;
            }
        }
        if (code != null) {
            switch (code) {
                case "INVALID_ACCESS_TOKEN":
                    return Kind.TOKEN_INVALID;
                case "REVOKED_ACCESS_TOKEN":
                    return Kind.TOKEN_REVOKED;
                case "EXPIRED_ACCESS_TOKEN":
                    return Kind.TOKEN_EXPIRED;
                case "ACCESS_DENIED":
                    return Kind.ACCESS_DENIED;
                case "DUPLICATE_POST":
                    return Kind.DUPLICATE_POST;
                case "NONEXISTENT_VERSION":
                    return Kind.VERSION_NOT_ACTIVE;
                default:
                    break;
            }
        }
        if (status == 401) {
            return Kind.TOKEN_INVALID;
        }
        if (status == 403) {
            return Kind.ACCESS_DENIED;
        }
        if (status == 426) {
            // 426 is LinkedIn's answer to an inactive LinkedIn-Version, whatever the body says.
            return Kind.VERSION_NOT_ACTIVE;
        }
        if (status == 429) {
            return Kind.RATE_LIMITED;
        }
        if (status >= 500) {
            return Kind.SERVER_ERROR;
        }
        return Kind.OTHER;
    }

    /**
     * Rest.li validation answers (400/422) carry their code in {@code errorDetails.inputErrors[].code}, e.g.
     * {@code DUPLICATE_POST}; the first one stands for the answer.
     */
    private static String inputErrorCode(JsonNode body) {
        JsonNode inputErrors = body.path("errorDetails").path("inputErrors");
        if (inputErrors.isArray()) {
            for (JsonNode inputError : inputErrors) {
                if (inputError.isObject() && Json.text(inputError, "code") != null) {
                    return Json.text(inputError, "code");
                }
            }
        }
        return null;
    }

    /** Non-JSON error bodies (a proxy's HTML page) are not repeated; a short text body is. */
    private static String plainDescription(HttpResult result) {
        String body = result.body() == null ? "" : result.body().strip();
        boolean shortText = !body.isEmpty() && body.length() <= 200 && !body.startsWith("<")
                && (result.mimeType() == null || result.mimeType().startsWith("text/plain"));
        return shortText ? body : null;
    }
}
