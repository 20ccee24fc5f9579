package dev.linkedinoauth.core;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * LinkedIn's token endpoints: authorization-code exchange, refresh, client credentials, introspection and
 * revocation. Client authentication is {@code client_secret_post} (form body), the only kind LinkedIn
 * accepts. Answers are read leniently; every error answer becomes a {@link LinkedInApiException}.
 *
 * <pre>{@code
 * TokenClient tokens = new TokenClient(http, LinkedInEndpoints.production(), clientId, secret, Clock.systemUTC());
 * AccessToken token = tokens.exchangeCode(code, redirectUri);
 * }</pre>
 */
public final class TokenClient {
    private final LinkedInHttp http;
    private final LinkedInEndpoints endpoints;
    private final String clientId;
    private final Secret clientSecret;
    private final Clock clock;

    public TokenClient(LinkedInHttp http, LinkedInEndpoints endpoints, String clientId, Secret clientSecret,
                       Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TokenClient(LinkedInHttp http, LinkedInEndpoints endpoints, String clientId, Secret clientSecret) {
        this(http, endpoints, clientId, clientSecret, Clock.systemUTC());
    }

    /** Exchanges the code; {@code redirectUri} must be the very string used in the authorization request. */
    public AccessToken exchangeCode(String code, URI redirectUri) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", Objects.requireNonNull(code, "code"));
        form.put("redirect_uri", redirectUri.toString());
        return grant("Exchanging the authorization code", form, ApiErrors.Call.CODE_GRANT);
    }

    /** A new access token from a refresh token (apps with programmatic refresh only). */
    public AccessToken refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", Objects.requireNonNull(refreshToken, "refreshToken"));
        return grant("Refreshing the access token", form, ApiErrors.Call.REFRESH_GRANT);
    }

    /** A 2-legged application token (apps enabled for client credentials only). */
    public AccessToken clientCredentials() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        return grant("Requesting a client-credentials token", form, ApiErrors.Call.CLIENT_CREDENTIALS);
    }

    /** Asks LinkedIn about a token (active, status, scopes, expiry). */
    public TokenIntrospection introspect(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Objects.requireNonNull(token, "token"));
        String operation = "Introspecting the token";
        HttpResult result = http.postForm(endpoints.introspection(), authenticated(form));
        if (!result.isSuccess()) {
            throw ApiErrors.from(operation, result, ApiErrors.Call.INTROSPECTION);
        }
        return parseIntrospection(operation, result);
    }

    /** Numbers as in {@link #parseToken}: saturated at year 9999; negative or non-numeric: unreadable. */
    static TokenIntrospection parseIntrospection(String operation, HttpResult result) {
        JsonNode body = Json.objectOrNull(result.body());
        if (body == null || !body.has("active")) {
            throw ApiErrors.unreadable(operation, result, "the answer has no \"active\" field");
        }
        Boolean active = Json.bool(body, "active");
        try {
            Long expiresAt = Json.seconds(body, body.hasNonNull("expires_at") ? "expires_at" : "exp");
            Long createdAt = Json.seconds(body, body.hasNonNull("created_at") ? "created_at" : "iat");
            return new TokenIntrospection(Boolean.TRUE.equals(active), Json.text(body, "status"),
                    Json.scopes(body, "scope"), Json.text(body, "client_id"), Json.epochSeconds(createdAt),
                    Json.epochSeconds(Json.seconds(body, "authorized_at")), Json.epochSeconds(expiresAt),
                    Json.text(body, "auth_type"));
        } catch (IllegalArgumentException e) {
            throw ApiErrors.unreadable(operation, result, e.getMessage());
        }
    }

    /** Revokes a token (LinkedIn's revoke endpoint is unofficial; any 2xx counts as done). */
    public void revoke(String token) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", Objects.requireNonNull(token, "token"));
        HttpResult result = http.postForm(endpoints.revocation(), authenticated(form));
        if (!result.isSuccess()) {
            throw ApiErrors.from("Revoking the token", result, ApiErrors.Call.REVOCATION);
        }
    }

    private AccessToken grant(String operation, Map<String, String> form, ApiErrors.Call call) {
        HttpResult result = http.postForm(endpoints.token(), authenticated(form));
        if (!result.isSuccess()) {
            throw ApiErrors.from(operation, result, call);
        }
        return parseToken(operation, result, clock.instant());
    }

    private Map<String, String> authenticated(Map<String, String> form) {
        form.put("client_id", clientId);
        form.put("client_secret", clientSecret.reveal());
        return form;
    }

    /**
     * Lenient: expires_in as number or string, scope with commas or spaces, unknown fields ignored. Defensive:
     * a lifetime beyond year 9999 saturates there; a negative or non-numeric one is an unreadable answer.
     */
    static AccessToken parseToken(String operation, HttpResult result, Instant now) {
        JsonNode body = Json.objectOrNull(result.body());
        String accessToken = body == null ? null : Json.text(body, "access_token");
        if (accessToken == null) {
            throw ApiErrors.unreadable(operation, result, "the answer has no access_token");
        }
        Long expiresIn;
        Long refreshExpiresIn;
        try {
            expiresIn = Json.seconds(body, "expires_in");
            refreshExpiresIn = Json.seconds(body, "refresh_token_expires_in");
        } catch (IllegalArgumentException e) {
            throw ApiErrors.unreadable(operation, result, e.getMessage());
        }
        String refreshToken = Json.text(body, "refresh_token");
        return new AccessToken(accessToken, Json.text(body, "token_type"),
                expiresIn == null ? null : Json.plusSeconds(now, expiresIn),
                Json.scopes(body, "scope"),
                refreshToken,
                refreshToken == null || refreshExpiresIn == null ? null : Json.plusSeconds(now, refreshExpiresIn),
                Json.text(body, "id_token"));
    }
}
