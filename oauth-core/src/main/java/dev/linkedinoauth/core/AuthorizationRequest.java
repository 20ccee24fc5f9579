package dev.linkedinoauth.core;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * The authorization URL the member opens: {@code response_type=code}, {@code client_id}, the exact
 * redirect URI, a fresh 128-bit {@code state} and the scopes separated by {@code %20}. No PKCE and no nonce:
 * LinkedIn's standard flow rejects a {@code code_verifier} and never echoes a nonce.
 *
 * <pre>{@code
 * AuthorizationRequest request = AuthorizationRequest.create(endpoints, "client-id", redirectUri, AuthorizationRequest.DEFAULT_SCOPES);
 * URI url = request.uri();   // open this in a browser; keep request.state() to check the redirect
 * }</pre>
 *
 * @param authorizationEndpoint where the consent page lives
 * @param clientId              the app's client id
 * @param redirectUri           exactly as registered at LinkedIn
 * @param scopes                requested scopes, in order
 * @param state                 the unguessable value the redirect must carry back
 */
public record AuthorizationRequest(URI authorizationEndpoint, String clientId, URI redirectUri, List<String> scopes,
                                   String state) {

    /** Today's self-serve scopes: OpenID sign-in (member id, name, email) and posting as the member. */
    public static final List<String> DEFAULT_SCOPES = List.of("openid", "profile", "email", "w_member_social");

    public AuthorizationRequest {
        Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(state, "state");
        scopes = List.copyOf(scopes);
    }

    /** A request with a fresh random state. */
    public static AuthorizationRequest create(LinkedInEndpoints endpoints, String clientId, URI redirectUri,
                                              List<String> scopes) {
        return new AuthorizationRequest(endpoints.authorization(), clientId, redirectUri, scopes, newState());
    }

    /** 128 bits from {@link SecureRandom}, base64url without padding (22 characters). */
    public static String newState() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The full authorization URL. */
    public URI uri() {
        String base = authorizationEndpoint.toString();
        StringBuilder s = new StringBuilder(base).append(base.contains("?") ? '&' : '?');
        s.append("response_type=code");
        s.append("&client_id=").append(encode(clientId));
        s.append("&redirect_uri=").append(encode(redirectUri.toString()));
        s.append("&state=").append(encode(state));
        s.append("&scope=").append(encode(String.join(" ", scopes)));
        return URI.create(s.toString());
    }

    /** RFC 3986 style: URLEncoder is form encoding, whose '+' for space LinkedIn documents as %20. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[" + uri() + "]";
    }
}
