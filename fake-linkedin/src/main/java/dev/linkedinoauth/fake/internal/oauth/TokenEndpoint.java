package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.Endpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.OAuthErrors;
import dev.linkedinoauth.fake.internal.state.AuthorizationCode;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.RefreshGrant;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.model.FakeApp;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /oauth/v2/accessToken}: the three grants with LinkedIn's checks, in LinkedIn's order.
 * Credentials are read from the form only ({@code client_secret_post}); an HTTP Basic header is ignored,
 * so a client that relies on it gets "A required parameter "client_id" is missing", as on LinkedIn.
 */
public final class TokenEndpoint implements Endpoint {

    private final FakeContext context;
    private final TokenIssuer issuer;

    public TokenEndpoint(FakeContext context) {
        this.context = context;
        this.issuer = new TokenIssuer(context);
    }

    @Override
    public FakeResponse handle(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        String grantType = value(form, "grant_type");
        if (grantType == null) {
            return OAuthErrors.missing("grant_type");
        }
        return switch (grantType) {
            case "authorization_code" -> authorizationCode(form, request.publicBaseUrl());
            case "refresh_token" -> refreshToken(form);
            case "client_credentials" -> clientCredentials(form);
            default -> OAuthErrors.error(400, "unsupported_grant_type",
                    "The grant type \"" + Html.truncate(grantType, 60) + "\" is not supported");
        };
    }

    /**
     * Checks, in order: required fields; the code exists (before any client check, as LinkedIn does);
     * the code belongs to this client; the secret; no PKCE verifier; the redirect URI; expiry; single use.
     */
    private FakeResponse authorizationCode(Map<String, List<String>> form, String publicBaseUrl) {
        Optional<FakeResponse> missing = firstMissing(form, "code", "redirect_uri", "client_id", "client_secret");
        if (missing.isPresent()) {
            return missing.get();
        }
        Optional<AuthorizationCode> found = context.state().code(value(form, "code"));
        if (found.isEmpty()) {
            return OAuthErrors.error(401, "invalid_request", OAuthErrors.CODE_NOT_FOUND);
        }
        AuthorizationCode code = found.get();
        Optional<FakeApp> app = context.config().app(value(form, "client_id"));
        if (app.isEmpty() || !app.get().clientId().equals(code.clientId())) {
            return OAuthErrors.error(400, "invalid_redirect_uri", OAuthErrors.CODE_MISMATCH);
        }
        if (!Credentials.secretMatches(app.get(), value(form, "client_secret")) || form.containsKey("code_verifier")) {
            return OAuthErrors.invalidClient();
        }
        if (!code.redirectUri().equals(value(form, "redirect_uri"))) {
            return OAuthErrors.error(400, "invalid_redirect_uri", OAuthErrors.CODE_MISMATCH);
        }
        if (!context.now().isBefore(code.issuedAt().plus(AuthorizationCode.LIFETIME)) || !context.state().consumeCode(code.value())) {
            return OAuthErrors.error(400, "invalid_request", OAuthErrors.CODE_MISMATCH);
        }
        return issuer.forCode(code, app.get(), publicBaseUrl);
    }

    /** Only refresh-enabled apps ever hold a refresh token, so for others every refresh token is invalid. */
    private FakeResponse refreshToken(Map<String, List<String>> form) {
        Optional<FakeResponse> missing = firstMissing(form, "refresh_token", "client_id", "client_secret");
        if (missing.isPresent()) {
            return missing.get();
        }
        Optional<RefreshGrant> refresh = context.state().refreshToken(value(form, "refresh_token"))
                .filter(r -> r.usableAt(context.now()))
                .filter(r -> r.clientId().equals(value(form, "client_id")));
        if (refresh.isEmpty()) {
            return OAuthErrors.error(400, "invalid_request", OAuthErrors.BAD_REFRESH);
        }
        FakeApp app = context.config().app(refresh.get().clientId()).orElseThrow();
        if (!Credentials.secretMatches(app, value(form, "client_secret"))) {
            return OAuthErrors.invalidClient();
        }
        if (!app.refreshTokens()) {
            return OAuthErrors.error(400, "invalid_request", OAuthErrors.BAD_REFRESH);
        }
        return issuer.forRefresh(refresh.get());
    }

    private FakeResponse clientCredentials(Map<String, List<String>> form) {
        Optional<FakeResponse> missing = firstMissing(form, "client_id", "client_secret");
        if (missing.isPresent()) {
            return missing.get();
        }
        String clientId = value(form, "client_id");
        Optional<FakeApp> app = context.config().app(clientId);
        if (app.isEmpty()) {
            return OAuthErrors.unknownClientId(clientId);
        }
        if (!Credentials.secretMatches(app.get(), value(form, "client_secret"))) {
            return OAuthErrors.invalidClient();
        }
        if (!app.get().clientCredentials()) {
            return OAuthErrors.error(401, "access_denied", OAuthErrors.NO_APPLICATION_TOKENS);
        }
        return issuer.forClientCredentials(app.get());
    }

    static Optional<FakeResponse> firstMissing(Map<String, List<String>> form, String... names) {
        for (String name : names) {
            if (value(form, name) == null) {
                return Optional.of(OAuthErrors.missing(name));
            }
        }
        return Optional.empty();
    }

    /** A form value, with an empty value counted as missing. */
    static String value(Map<String, List<String>> form, String name) {
        String value = FakeRequest.first(form, name);
        return value == null || value.isEmpty() ? null : value;
    }
}
