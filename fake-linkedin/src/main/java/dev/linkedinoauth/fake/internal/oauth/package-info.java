/**
 * Layer 6: LinkedIn's OAuth 2.0 and OpenID Connect endpoints: authorization with its consent pages,
 * token, introspection and revocation, discovery and JWKS.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.oauth;
