package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Json;
import java.util.List;

/**
 * {@code GET /oauth/.well-known/openid-configuration} and {@code GET /oauth/openid/jwks}. The discovery
 * document has exactly LinkedIn's fields (none of the absent ones such as
 * {@code token_endpoint_auth_methods_supported}), with issuer {@code {base}/oauth} and every endpoint
 * on the fake's public base URL.
 */
public final class OpenIdEndpoints {
    private final FakeContext context;

    public OpenIdEndpoints(FakeContext context) {
        this.context = context;
    }

    public FakeResponse discovery(FakeRequest request) {
        String base = request.publicBaseUrl();
        return FakeResponse.json(200, Json.object()
                .with("issuer", base + "/oauth")
                .with("authorization_endpoint", base + "/oauth/v2/authorization")
                .with("token_endpoint", base + "/oauth/v2/accessToken")
                .with("userinfo_endpoint", base + "/v2/userinfo")
                .with("jwks_uri", base + "/oauth/openid/jwks")
                .with("response_types_supported", List.of("code"))
                .with("subject_types_supported", List.of("pairwise"))
                .with("id_token_signing_alg_values_supported", List.of("RS256"))
                .with("scopes_supported", List.of("openid", "profile", "email"))
                .with("claims_supported", List.of("iss", "aud", "iat", "exp", "sub", "name", "given_name",
                        "family_name", "picture", "email", "email_verified", "locale")));
    }

    public FakeResponse jwks(FakeRequest request) {
        return FakeResponse.json(200, context.signingKey().publicJwks());
    }
}
