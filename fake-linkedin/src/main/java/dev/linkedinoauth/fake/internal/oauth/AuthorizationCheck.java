package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.util.List;
import java.util.Optional;

/**
 * Validates a request to /oauth/v2/authorization the way LinkedIn does, in LinkedIn's order: the
 * client and redirect URI first (failures shown on LinkedIn's own page, since the redirect target is
 * not trusted), then the rest (failures redirected to the app).
 */
public sealed interface AuthorizationCheck {

    String UNKNOWN_CLIENT = "The passed in client_id is invalid. Check the client_id of your application.";
    String REDIRECT_MISMATCH = "The redirect_uri does not match the registered value";

    /** The request is good: ask for (or assume) consent. */
    record Valid(AuthorizationRequest request) implements AuthorizationCheck {
    }

    /** LinkedIn's "Bummer, something went wrong." page, HTTP 401, no redirect. */
    record ErrorPage(String message) implements AuthorizationCheck {
    }

    /** An error the app receives on its redirect URI. */
    record ErrorRedirect(FakeResponse redirect) implements AuthorizationCheck {
    }

    static AuthorizationCheck of(FakeConfig config, String responseType, String clientId, String redirectUri,
                                 String scope, String state) {
        Optional<FakeApp> app = config.app(clientId);
        if (app.isEmpty()) {
            return new ErrorPage(UNKNOWN_CLIENT);
        }
        if (redirectUri == null || !isRegistered(app.get(), redirectUri)) {
            return new ErrorPage(REDIRECT_MISMATCH);
        }
        if (responseType == null || responseType.isEmpty()) {
            return new ErrorRedirect(Redirects.error(redirectUri, state, "invalid_request",
                    "You need to pass the \"response_type\" parameter"));
        }
        if (!responseType.equals("code")) {
            return new ErrorRedirect(Redirects.error(redirectUri, state, "unsupported_response_type",
                    "We only support a response_type of \"code\", but you passed " + responseType));
        }
        List<String> scopes = Scopes.parse(scope);
        if (scopes.isEmpty()) {
            return new ErrorRedirect(Redirects.error(redirectUri, state, "invalid_request",
                    "You need to pass the \"scope\" parameter"));
        }
        for (String requested : scopes) {
            if (!app.get().scopes().contains(requested)) {
                return new ErrorRedirect(Redirects.error(redirectUri, state, "unauthorized_scope_error",
                        "Scope &quot;" + requested + "&quot; is not authorized for your application"));
            }
        }
        return new Valid(new AuthorizationRequest(app.get(), redirectUri, scopes, state));
    }

    /** Re-checks a stored request against the configuration, so a form post can never widen it. */
    static boolean stillValid(FakeConfig config, AuthorizationRequest request) {
        return config.app(request.app().clientId()).filter(app -> app.equals(request.app()))
                .filter(app -> isRegistered(app, request.redirectUri()))
                .filter(app -> app.scopes().containsAll(request.scopes()))
                .isPresent();
    }

    /**
     * Exact comparison, including scheme, host, port, path and trailing slash. A query on a registered
     * URL is ignored (LinkedIn: a URL registered with {@code ?id=1} behaves as the bare URL); sending the
     * registered URL with its query also matches.
     */
    static boolean isRegistered(FakeApp app, String redirectUri) {
        for (String registered : app.redirectUris()) {
            if (registered.equals(redirectUri) || withoutQuery(registered).equals(redirectUri)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutQuery(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }
}
