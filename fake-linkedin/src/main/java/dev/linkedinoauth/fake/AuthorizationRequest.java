package dev.linkedinoauth.fake;

import java.util.List;

/** A validated request to /oauth/v2/authorization. {@code state} may be {@code null}: LinkedIn's docs make it optional. */
record AuthorizationRequest(FakeApp app, String redirectUri, List<String> scopes, String state) {
    AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }
}
