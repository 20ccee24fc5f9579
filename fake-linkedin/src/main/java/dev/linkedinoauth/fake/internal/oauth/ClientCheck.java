package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.OAuthErrors;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client authentication for introspection and revocation: {@code client_id} and {@code client_secret}
 * in the form, 400 for an unknown client, 401 for a wrong secret.
 */
sealed interface ClientCheck {

    record Authenticated(FakeApp app) implements ClientCheck {
    }

    record Refused(FakeResponse response) implements ClientCheck {
    }

    static ClientCheck of(FakeConfig config, Map<String, List<String>> form) {
        Optional<FakeResponse> missing = TokenEndpoint.firstMissing(form, "client_id", "client_secret", "token");
        if (missing.isPresent()) {
            return new Refused(missing.get());
        }
        String clientId = TokenEndpoint.value(form, "client_id");
        Optional<FakeApp> app = config.app(clientId);
        if (app.isEmpty()) {
            return new Refused(OAuthErrors.unknownClientId(clientId));
        }
        if (!Credentials.secretMatches(app.get(), TokenEndpoint.value(form, "client_secret"))) {
            return new Refused(OAuthErrors.invalidClient());
        }
        return new Authenticated(app.get());
    }
}
