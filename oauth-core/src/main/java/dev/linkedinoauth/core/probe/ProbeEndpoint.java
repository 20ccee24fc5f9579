package dev.linkedinoauth.core.probe;

/** Which of the target's endpoints a probe calls; {@link ProbeTarget#uri(ProbeEndpoint)} resolves it. */
public enum ProbeEndpoint {
    /** {@code GET /oauth/.well-known/openid-configuration}. */
    DISCOVERY,
    /** {@code GET /oauth/openid/jwks}. */
    JWKS,
    /** {@code GET /oauth/v2/authorization}. */
    AUTHORIZATION,
    /** {@code POST /oauth/v2/accessToken}. */
    TOKEN,
    /** {@code POST /oauth/v2/introspectToken}. */
    INTROSPECTION,
    /** {@code GET /v2/userinfo}. */
    USERINFO,
    /** {@code GET /v2/me}. */
    ME,
    /** {@code POST /rest/posts}. */
    POSTS
}
