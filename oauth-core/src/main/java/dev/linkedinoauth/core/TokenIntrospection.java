package dev.linkedinoauth.core;

import java.time.Instant;
import java.util.List;

/**
 * LinkedIn's answer to token introspection. Only {@code active} is always present. A token of another app
 * is reported inactive, not as an error.
 *
 * <pre>{@code
 * TokenIntrospection info = oauth.introspect(token.value());
 * if (!info.active()) System.err.println("token is " + info.status());
 * }</pre>
 *
 * @param active       whether the token can be used now
 * @param status       {@code active}, {@code expired} or {@code revoked}; may be null
 * @param scopes       granted scopes (3-legged tokens)
 * @param clientId     the owning app; may be null
 * @param createdAt    may be null
 * @param authorizedAt may be null
 * @param expiresAt    may be null
 * @param authType     {@code 3L}, {@code 2L} or {@code Enterprise_User}; may be null
 */
public record TokenIntrospection(boolean active, String status, List<String> scopes, String clientId,
                                 Instant createdAt, Instant authorizedAt, Instant expiresAt, String authType) {
    public TokenIntrospection {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }
}
