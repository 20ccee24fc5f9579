package dev.linkedinoauth.fake;

import java.util.Optional;

/**
 * Authenticates an API call the way LinkedIn's gateway does: the {@code Authorization: Bearer} header
 * (or LinkedIn's {@code oauth2_access_token} query parameter), with LinkedIn's 401 bodies.
 */
sealed interface BearerCheck {

    record Authorized(IssuedToken token) implements BearerCheck {
    }

    record Rejected(FakeResponse response) implements BearerCheck {
    }

    static BearerCheck of(FakeRequest request, FakeContext context) {
        String header = request.header("Authorization");
        String token;
        if (header == null || header.isBlank()) {
            token = request.queryParam("oauth2_access_token");
        } else if (header.trim().equalsIgnoreCase("Bearer")) {
            token = "";
        } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        } else {
            return new Rejected(RestErrors.error(401, null, null, "Unknown authentication schema"));
        }
        if (token == null || token.isEmpty()) {
            return new Rejected(RestErrors.error(401, 401, null, "Empty oauth2_access_token"));
        }
        Optional<IssuedToken> found = context.state().accessToken(token);
        if (found.isEmpty()) {
            return new Rejected(RestErrors.error(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token"));
        }
        if (found.get().revoked()) {
            return new Rejected(RestErrors.error(401, 65601, "REVOKED_ACCESS_TOKEN",
                    "The token used in the request has been revoked by the user"));
        }
        if (found.get().expiredAt(context.now())) {
            return new Rejected(RestErrors.error(401, 65602, "EXPIRED_ACCESS_TOKEN", "The token used in the request has expired"));
        }
        return new Authorized(found.get());
    }
}
