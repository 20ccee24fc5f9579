package dev.linkedinoauth.fake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/v2/introspectToken} (documented) and {@code POST /oauth/v2/revoke} (unofficial: no
 * LinkedIn documentation, widely called by third-party code; modelled as 200 with an empty body).
 */
final class IntrospectionEndpoints {
    private final FakeContext context;

    IntrospectionEndpoints(FakeContext context) {
        this.context = context;
    }

    /**
     * 400 for an unknown client or token, 401 for a wrong secret, 200 {@code {"active":false}} for another
     * app's token, otherwise the token's fields in the order LinkedIn sends them.
     */
    FakeResponse introspect(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        Object client = authenticate(form);
        if (client instanceof FakeResponse error) {
            return error;
        }
        FakeApp app = (FakeApp) client;
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
    FakeResponse revoke(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        Object client = authenticate(form);
        if (client instanceof FakeResponse error) {
            return error;
        }
        String clientId = ((FakeApp) client).clientId();
        String value = TokenEndpoint.value(form, "token");
        context.state().accessToken(value).filter(t -> t.clientId().equals(clientId))
                .ifPresent(t -> context.state().revokeAccessToken(value));
        context.state().refreshToken(value).filter(t -> t.clientId().equals(clientId))
                .ifPresent(t -> context.state().revokeRefreshToken(value));
        return FakeResponse.empty(200);
    }

    /** The app, or the error response for missing fields, an unknown client (400) or a wrong secret (401). */
    private Object authenticate(Map<String, List<String>> form) {
        Optional<FakeResponse> missing = TokenEndpoint.firstMissing(form, "client_id", "client_secret", "token");
        if (missing.isPresent()) {
            return missing.get();
        }
        String clientId = TokenEndpoint.value(form, "client_id");
        Optional<FakeApp> app = context.config().app(clientId);
        if (app.isEmpty()) {
            return OAuthErrors.unknownClientId(clientId);
        }
        if (!Credentials.secretMatches(app.get(), TokenEndpoint.value(form, "client_secret"))) {
            return OAuthErrors.invalidClient();
        }
        return app.get();
    }
}
