package dev.linkedinoauth.fake.internal.state;

import dev.linkedinoauth.fake.model.FakeApp;
import java.util.List;

/** A validated request to /oauth/v2/authorization. {@code state} may be {@code null}: LinkedIn's docs make it optional. */
public record AuthorizationRequest(FakeApp app, String redirectUri, List<String> scopes, String state) {
    public AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }
}
