package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.internal.text.Json;
import java.util.List;
import java.util.Map;

/**
 * LinkedIn's REST error envelope ({@code status}, {@code serviceErrorCode}, {@code code}, {@code message})
 * and Rest.li's validation body, each with {@code x-restli-error-response: true}.
 */
public final class RestErrors {
    private RestErrors() {
    }

    /** An envelope; {@code serviceErrorCode} and {@code code} are left out when {@code null}. */
    public static FakeResponse error(int status, Integer serviceErrorCode, String code, String message) {
        return FakeResponse.json(status, Json.object().with("status", status)
                        .withIfPresent("serviceErrorCode", serviceErrorCode).withIfPresent("code", code)
                        .with("message", message))
                .withHeader(FakeResponse.RESTLI_ERROR, "true");
    }

    /** LinkedIn's gateway 401s for a missing, unknown, revoked or expired access token. */
    public static FakeResponse emptyAccessToken() {
        return error(401, 401, null, "Empty oauth2_access_token");
    }

    public static FakeResponse invalidAccessToken() {
        return error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token");
    }

    public static FakeResponse revokedAccessToken() {
        return error(401, 65601, "REVOKED_ACCESS_TOKEN", "The token used in the request has been revoked by the user");
    }

    public static FakeResponse expiredAccessToken() {
        return error(401, 65602, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired");
    }

    /** 426 for a {@code LinkedIn-Version} that is not (or no longer) active; {@code version} as LinkedIn echoes it, YYYYMM01. */
    public static FakeResponse nonexistentVersion(String version) {
        return error(426, null, "NONEXISTENT_VERSION", "Requested version " + version + " is not active");
    }

    /** The throttle 429, for the posting quota as for a scripted {@code TOO_MANY_REQUESTS}. */
    public static FakeResponse tooManyRequests() {
        return error(429, 101, "TOO_MANY_REQUESTS", "Resource level throttle limit for calls to this resource is reached.");
    }

    public static FakeResponse accessDenied(String resource) {
        return error(403, 100, "ACCESS_DENIED", "Not enough permissions to access: " + resource);
    }

    /** One Rest.li input error: a description, the offending field path, a code. */
    public record InputError(String fieldPath, String code, String description) {
    }

    /**
     * A Rest.li validation failure: {@code errorDetailType}, a message listing each problem as
     * {@code ERROR :: /field :: text}, {@code errorDetails.inputErrors}, {@code status}.
     */
    public static FakeResponse validation(int status, List<InputError> errors) {
        StringBuilder message = new StringBuilder();
        List<Map<String, Object>> inputErrors = new java.util.ArrayList<>();
        for (InputError error : errors) {
            message.append("ERROR :: ").append(error.fieldPath()).append(" :: ").append(error.description()).append('\n');
            inputErrors.add(Json.object().with("description", error.description())
                    .with("input", Json.object().with("inputPath", Json.object().with("fieldPath", error.fieldPath())))
                    .with("code", error.code()));
        }
        return badRequest(status, message.toString(), inputErrors);
    }

    /** LinkedIn's 422 for a repeated post, exactly as observed in the wild. */
    public static FakeResponse duplicatePost(String existingUrn) {
        return badRequest(422, "com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of "
                + existingUrn, List.of(Json.object().with("description", "Duplicate post is detected")
                .with("input", Json.object()).with("code", "DUPLICATE_POST")));
    }

    private static FakeResponse badRequest(int status, String message, List<Map<String, Object>> inputErrors) {
        return FakeResponse.json(status, Json.object()
                        .with("errorDetailType", "com.linkedin.common.error.BadRequest")
                        .with("message", message)
                        .with("errorDetails", Json.object().with("inputErrors", inputErrors))
                        .with("status", status))
                .withHeader(FakeResponse.RESTLI_ERROR, "true");
    }
}
