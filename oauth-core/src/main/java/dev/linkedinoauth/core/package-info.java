/**
 * LinkedIn's 3-legged OAuth flow, its tokens and member posts, for any Java 17+ program.
 *
 * <p>Entry points:
 * <ul>
 *   <li>{@link dev.linkedinoauth.core.LinkedInOAuth} — configure once with its builder; {@code login()}
 *       returns a {@link dev.linkedinoauth.core.LoginResult} (token and member); also refresh, introspect,
 *       revoke, userinfo and client credentials.</li>
 *   <li>{@link dev.linkedinoauth.core.TokenStore} — the owner-only token file, one
 *       {@link dev.linkedinoauth.core.StoredToken} per client id, changed under an inter-process lock.</li>
 *   <li>{@link dev.linkedinoauth.core.LinkedInPosts} — publish a {@link dev.linkedinoauth.core.Post} with a
 *       member's token.</li>
 *   <li>{@link dev.linkedinoauth.core.LinkedInEndpoints} — which server: LinkedIn, the fake's base URL, or an
 *       OpenID discovery document; {@link dev.linkedinoauth.core.LinkedInHttp} — timeouts and retries.</li>
 *   <li>{@link dev.linkedinoauth.core.LinkedInException} — everything thrown, one subclass per case.</li>
 * </ul>
 * The pieces the facade wires together work on their own: {@link dev.linkedinoauth.core.AuthorizationRequest},
 * {@link dev.linkedinoauth.core.CallbackServer}, {@link dev.linkedinoauth.core.Browser},
 * {@link dev.linkedinoauth.core.TokenClient}, {@link dev.linkedinoauth.core.MemberClient},
 * {@link dev.linkedinoauth.core.IdTokenVerifier}. Values are immutable records; those a caller configures
 * are changed through a builder ({@code toBuilder()}).
 *
 * <pre>{@code
 * try (LinkedInOAuth oauth = LinkedInOAuth.builder().clientId(id).clientSecret(secret).redirectUri(uri).build()) {
 *     TokenStore.atDefaultLocation().save(id, StoredToken.of(oauth.login())); }
 * }</pre>
 */
package dev.linkedinoauth.core;
