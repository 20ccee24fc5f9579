package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.internal.text.Json;
import java.util.List;
import java.util.Map;

/** LinkedIn's OAuth-style error bodies ({@code error}, {@code error_description}) of the token-side endpoints. */
public final class OAuthErrors {
    public static final String CODE_MISMATCH = "Unable to retrieve access token: appid/redirect uri/code verifier does not "
            + "match authorization code. Or authorization code expired. Or external member binding exists";
    public static final String CODE_NOT_FOUND = "Unable to retrieve access token: authorization code not found";
    public static final String BAD_REFRESH = "The provided authorization grant or refresh token is invalid, expired or revoked";
    public static final String NO_APPLICATION_TOKENS = "This application is not allowed to create application tokens";

    private OAuthErrors() {
    }

    public static FakeResponse error(int status, String error, String description) {
        return new FakeResponse(status, List.of(Map.entry("Content-Type", FakeResponse.JSON_UTF8),
                Map.entry("Cache-Control", "no-store")),
                Json.bytes(Json.object().with("error", error).with("error_description", description)));
    }

    public static FakeResponse missing(String parameter) {
        return error(400, "invalid_request", "A required parameter \"" + parameter + "\" is missing");
    }

    public static FakeResponse invalidClient() {
        return error(401, "invalid_client", "Client authentication failed");
    }

    public static FakeResponse unknownClientId(String clientId) {
        return error(400, "invalid_client_id", "The passed in client_id is invalid \"" + clientId + "\"");
    }
}
