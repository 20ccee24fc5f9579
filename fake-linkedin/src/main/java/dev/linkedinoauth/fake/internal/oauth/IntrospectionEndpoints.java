package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.OAuthErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.FakeApp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/v2/introspectToken} (documented) and {@code POST /oauth/v2/revoke} (unofficial: no
 * LinkedIn documentation, widely called by third-party code; modelled as 200 with an empty body).
 */
public final class IntrospectionEndpoints {
    private final FakeContext context;

    public IntrospectionEndpoints(FakeContext context) {
        this.context = context;
    }

    /**
     * 400 for an unknown client or token, 401 for a wrong secret, 200 {@code {"active":false}} for another
     * app's token, otherwise the token's fields in the order LinkedIn sends them.
     */
    public FakeResponse introspect(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        ClientCheck client = ClientCheck.of(context.config(), form);
        if (client instanceof ClientCheck.Refused refused) {
            return refused.response();
        }
        FakeApp app = ((ClientCheck.Authenticated) client).app();
        Optional<IssuedToken> found = context.state().accessToken(TokenEndpoint.value(form, "token"));
        if (found.isEmpty()) {
            return OAuthErrors.error(400, "invalid_request", "The provided token is invalid");
        }
        IssuedToken token = found.get();
        if (!token.clientId().equals(app.clientId())) {
            return FakeResponse.json(200, Json.object().with("active", false));
        }
        String status = token.status(context.now());
        Json.Obj body = Json.object().with("active", status.equals("active")).with("client_id", token.clientId())
                .with("authorized_at", token.authorizedAt().getEpochSecond())
                .with("created_at", token.createdAt().getEpochSecond())
                .with("status", status)
                .with("expires_at", token.expiresAt().getEpochSecond());
        if ("3L".equals(token.authType())) {
            body.with("scope", Scopes.commaSorted(token.scopes()));
        }
        return FakeResponse.json(200, body.with("auth_type", token.authType()));
    }

    /** Revokes this app's access or refresh token; an unknown token is not an error (RFC 7009). */
    public FakeResponse revoke(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        ClientCheck client = ClientCheck.of(context.config(), form);
        if (client instanceof ClientCheck.Refused refused) {
            return refused.response();
        }
        String clientId = ((ClientCheck.Authenticated) client).app().clientId();
        String value = TokenEndpoint.value(form, "token");
        context.state().accessToken(value).filter(t -> t.clientId().equals(clientId))
                .ifPresent(t -> context.state().revokeAccessToken(value, context.now()));
        context.state().refreshToken(value).filter(t -> t.clientId().equals(clientId))
                .ifPresent(t -> context.state().revokeRefreshToken(value, context.now()));
        return FakeResponse.empty(200);
    }
}
