package dev.linkedinoauth.core.probe;

import static dev.linkedinoauth.core.probe.ProbeEndpoint.AUTHORIZATION;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.DISCOVERY;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.INTROSPECTION;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.JWKS;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.ME;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.POSTS;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.TOKEN;
import static dev.linkedinoauth.core.probe.ProbeEndpoint.USERINFO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * The checkable rows of the contract ({@code linkedin-api.md} §10, with the sections they rest on), as
 * probes. None of them changes anything the member can see: they read (discovery, JWKS, userinfo,
 * {@code /v2/me}, introspection) or walk error paths that LinkedIn answers before acting (made-up codes,
 * tokens and secrets, an unknown client, HTTP Basic, a PKCE verifier, and posts requests refused for their
 * version, headers or scope, each with the body {@code {}}, which could not create a post anyway).
 *
 * <pre>{@code
 * for (Probe p : Probes.all()) System.out.println(p.id() + "  " + p.title());
 * }</pre>
 */
public final class Probes {
    /** Where the made-up authorization requests and code exchanges say they would return to. */
    static final String PROBE_REDIRECT = "https://probe.invalid/callback";
    /**
     * The body of every posts probe. A post needs an author, a commentary, a visibility, a distribution and a
     * lifecycle state; with none of them, even a request that passed the check under test could not create one.
     */
    static final String EMPTY_POST = "{}";

    private Probes() {
    }

    /** Every probe, in the order a run sends them (reads first, then error paths). */
    public static List<Probe> all() {
        return List.of(
                // §5.1 / §5.4 / §2.4: the discovery document and the keys.
                Probe.of("5.1-discovery-document", "OpenID discovery document: endpoints and supported values",
                        ProbeRequest.get(DISCOVERY),
                        Expectation.status(200).json()
                                .field("/authorization_endpoint", JsonType.STRING)
                                .field("/token_endpoint", JsonType.STRING)
                                .field("/userinfo_endpoint", JsonType.STRING)
                                .field("/jwks_uri", JsonType.STRING)
                                .field("/response_types_supported", array("code"))
                                .field("/subject_types_supported", array("pairwise"))
                                .field("/id_token_signing_alg_values_supported", array("RS256"))
                                .field("/scopes_supported", JsonType.ARRAY)
                                .field("/claims_supported", JsonType.ARRAY)),
                Probe.of("5.4-discovery-issuer", "the issuer is the post-2024 one (https://www.linkedin.com/oauth)",
                        ProbeRequest.get(DISCOVERY),
                        Expectation.status(200).json().field("/issuer", Placeholder.ISSUER.token())),
                Probe.of("2.4-discovery-no-pkce-no-basic", "discovery lists no PKCE methods and no client auth methods",
                        ProbeRequest.get(DISCOVERY),
                        Expectation.status(200).json()
                                .field("/code_challenge_methods_supported", JsonType.ABSENT)
                                .field("/token_endpoint_auth_methods_supported", JsonType.ABSENT)),
                Probe.of("5.1-jwks", "JWKS: an RSA signing key with a kid",
                        ProbeRequest.get(JWKS),
                        Expectation.status(200).json()
                                .field("/keys", JsonType.ARRAY)
                                .field("/keys/0/kty", "RSA")
                                .field("/keys/0/kid", JsonType.STRING)
                                .field("/keys/0/n", JsonType.STRING)
                                .field("/keys/0/e", JsonType.STRING)),

                // §2.2 / §2.3: the authorization endpoint's error pages (401 HTML, no redirect).
                Probe.of("2.3-authorize-unknown-client", "authorization with an unknown client id: error page, no redirect",
                        authorize(Placeholder.UNKNOWN_CLIENT_ID.token()),
                        Expectation.status(401).mediaType("text/html").headerAbsent("Location")),
                Probe.of("2.2-authorize-unregistered-redirect", "authorization with an unregistered redirect URI: error page, no redirect",
                        authorize(Placeholder.CLIENT_ID.token()),
                        Expectation.status(401).mediaType("text/html").headerAbsent("Location")),

                // §3.5 / §3.1 / §2.4: the token endpoint's error answers.
                Probe.of("3.5-token-bogus-code", "code exchange with a made-up code",
                        exchange(Placeholder.CLIENT_SECRET.token()),
                        oauthError(401, "invalid_request", "Unable to retrieve access token: authorization code not found")),
                Probe.of("3.5-token-code-checked-first", "a made-up code with a wrong secret: the code is checked before the client",
                        exchange(Placeholder.WRONG_SECRET.token()),
                        oauthError(401, "invalid_request", "Unable to retrieve access token: authorization code not found")),
                Probe.of("3.5-token-wrong-secret", "client_credentials with a wrong secret",
                        ProbeRequest.post(TOKEN).form("grant_type", "client_credentials")
                                .form("client_id", Placeholder.CLIENT_ID.token())
                                .form("client_secret", Placeholder.WRONG_SECRET.token()),
                        oauthError(401, "invalid_client", "Client authentication failed")),
                Probe.of("3.5-token-unknown-client", "client_credentials with an unknown client id",
                        ProbeRequest.post(TOKEN).form("grant_type", "client_credentials")
                                .form("client_id", Placeholder.UNKNOWN_CLIENT_ID.token())
                                .form("client_secret", Placeholder.WRONG_SECRET.token()),
                        oauthError(400, "invalid_client_id",
                                "The passed in client_id is invalid \"" + Placeholder.UNKNOWN_CLIENT_ID.token() + "\"")),
                Probe.of("3.5-token-bogus-refresh-token", "refresh grant with a made-up refresh token",
                        ProbeRequest.post(TOKEN).form("grant_type", "refresh_token")
                                .form("refresh_token", Placeholder.BOGUS_TOKEN.token())
                                .form("client_id", Placeholder.CLIENT_ID.token())
                                .form("client_secret", Placeholder.CLIENT_SECRET.token()),
                        oauthError(400, "invalid_request",
                                "The provided authorization grant or refresh token is invalid, expired or revoked")),
                Probe.of("3.5-token-missing-field", "code exchange without a code",
                        ProbeRequest.post(TOKEN).form("grant_type", "authorization_code")
                                .form("redirect_uri", PROBE_REDIRECT)
                                .form("client_id", Placeholder.CLIENT_ID.token())
                                .form("client_secret", Placeholder.WRONG_SECRET.token()),
                        oauthError(400, "invalid_request", "A required parameter \"code\" is missing")),
                Probe.of("3.1-token-basic-auth", "client credentials in an HTTP Basic header only",
                        ProbeRequest.post(TOKEN).header("Authorization", Placeholder.BASIC_WRONG_SECRET.token())
                                .form("grant_type", "authorization_code")
                                .form("code", Placeholder.BOGUS_CODE.token())
                                .form("redirect_uri", PROBE_REDIRECT),
                        oauthError(400, "invalid_request", "A required parameter \"client_id\" is missing")),
                Probe.of("2.4-token-code-verifier", "code exchange with a PKCE code_verifier (a made-up code)",
                        exchange(Placeholder.CLIENT_SECRET.token()).form("code_verifier", Placeholder.CODE_VERIFIER.token()),
                        Expectation.status(401).json().field("/error", JsonType.STRING)
                                .field("/error_description", JsonType.STRING)),

                // §4.1: introspection.
                Probe.of("4.1-introspect-member-token", "introspection of the member's token",
                        introspect(Placeholder.CLIENT_ID.token(), Placeholder.CLIENT_SECRET.token(), Placeholder.MEMBER_TOKEN.token()),
                        Expectation.status(200).json()
                                .field("/active", true)
                                .field("/status", "active")
                                .field("/client_id", Placeholder.CLIENT_ID.token())
                                .field("/scope", JsonType.STRING)
                                .field("/auth_type", "3L")
                                .field("/created_at", JsonType.NUMBER)
                                .field("/authorized_at", JsonType.NUMBER)
                                .field("/expires_at", JsonType.NUMBER)),
                Probe.of("4.1-introspect-wrong-secret", "introspection with a wrong secret",
                        introspect(Placeholder.CLIENT_ID.token(), Placeholder.WRONG_SECRET.token(), Placeholder.BOGUS_TOKEN.token()),
                        Expectation.status(401).json().field("/error", JsonType.STRING)),
                Probe.of("4.1-introspect-bogus-token", "introspection of a made-up token",
                        introspect(Placeholder.CLIENT_ID.token(), Placeholder.CLIENT_SECRET.token(), Placeholder.BOGUS_TOKEN.token()),
                        Expectation.status(400).json().field("/error", JsonType.STRING)),
                Probe.of("4.1-introspect-unknown-client", "introspection by an unknown client id",
                        introspect(Placeholder.UNKNOWN_CLIENT_ID.token(), Placeholder.WRONG_SECRET.token(), Placeholder.BOGUS_TOKEN.token()),
                        Expectation.status(400).json().field("/error", JsonType.STRING)),

                // §5.3 / §6.2: userinfo.
                Probe.of("5.3-userinfo", "userinfo with the member's token: sub, names, locale as an object",
                        ProbeRequest.get(USERINFO).header("Authorization", "Bearer " + Placeholder.MEMBER_TOKEN.token()),
                        Expectation.status(200).json()
                                .field("/sub", JsonType.STRING)
                                .field("/name", JsonType.STRING)
                                .field("/given_name", JsonType.STRING)
                                .field("/family_name", JsonType.STRING)
                                .field("/locale", JsonType.OBJECT)).requiringScopes("openid", "profile"),
                Probe.of("5.3-userinfo-email", "userinfo with the email scope: email, and email_verified as a boolean",
                        ProbeRequest.get(USERINFO).header("Authorization", "Bearer " + Placeholder.MEMBER_TOKEN.token()),
                        Expectation.status(200).json()
                                .field("/email", JsonType.STRING)
                                .field("/email_verified", JsonType.BOOLEAN)).requiringScopes("openid", "profile", "email"),
                Probe.of("6.2-userinfo-no-token", "userinfo without a token",
                        ProbeRequest.get(USERINFO),
                        restError(401, 401, null, "Empty oauth2_access_token")),
                Probe.of("6.2-userinfo-bogus-token", "userinfo with a made-up token",
                        ProbeRequest.get(USERINFO).header("Authorization", "Bearer " + Placeholder.BOGUS_TOKEN.token()),
                        restError(401, 65600, "INVALID_ACCESS_TOKEN", "Invalid access token")),
                Probe.of("6.2-userinfo-unknown-schema", "userinfo with an Authorization header that is not Bearer",
                        ProbeRequest.get(USERINFO).header("Authorization", "Token " + Placeholder.BOGUS_TOKEN.token()),
                        Expectation.status(401).json().field("/status", 401).field("/message", "Unknown authentication schema")),

                // §5.5: the legacy profile.
                Probe.of("5.5-me-oidc-token", "/v2/me with an OpenID-only token: 403 me.GET.NO_VERSION",
                        ProbeRequest.get(ME).header("Authorization", "Bearer " + Placeholder.MEMBER_TOKEN.token())
                                .header("X-Restli-Protocol-Version", "2.0.0"),
                        restError(403, 100, "ACCESS_DENIED", "Not enough permissions to access: me.GET.NO_VERSION"))
                        .requiringAbsentScopes("r_liteprofile", "r_basicprofile"),
                Probe.of("5.5-me-legacy-token", "/v2/me with a legacy-profile token: id and localized names",
                        ProbeRequest.get(ME).header("Authorization", "Bearer " + Placeholder.MEMBER_TOKEN.token())
                                .header("X-Restli-Protocol-Version", "2.0.0"),
                        Expectation.status(200).json()
                                .field("/id", JsonType.STRING)
                                .field("/localizedFirstName", JsonType.STRING)
                                .field("/localizedLastName", JsonType.STRING)).requiringScopes("r_liteprofile"),

                // §6.2 / §7.2: posts LinkedIn refuses before creating anything (body {}).
                Probe.of("6.2-posts-no-token", "a post without a token",
                        posts(null, Placeholder.VERSION.token(), "2.0.0"),
                        restError(401, 401, null, "Empty oauth2_access_token")),
                Probe.of("6.2-posts-retired-version", "a post with a LinkedIn-Version sunset long ago: 426",
                        posts(Placeholder.MEMBER_TOKEN.token(), Placeholder.RETIRED_VERSION.token(), "2.0.0"),
                        restError(426, null, "NONEXISTENT_VERSION",
                                "Requested version " + Placeholder.RETIRED_VERSION.token() + "01 is not active")),
                Probe.of("6.2-posts-version-missing", "a post without LinkedIn-Version: 400",
                        posts(Placeholder.MEMBER_TOKEN.token(), null, "2.0.0"),
                        Expectation.status(400).json().field("/status", 400).field("/code", "VERSION_MISSING")
                                .header("x-restli-error-response", "true")),
                Probe.of("7.2-posts-protocol-missing", "a post without X-Restli-Protocol-Version: 400",
                        posts(Placeholder.MEMBER_TOKEN.token(), Placeholder.VERSION.token(), null),
                        Expectation.status(400).json().field("/status", 400).field("/message", JsonType.STRING)),
                Probe.of("7.2-posts-missing-scope", "a post with a token without w_member_social: 403",
                        posts(Placeholder.MEMBER_TOKEN.token(), Placeholder.VERSION.token(), "2.0.0"),
                        restError(403, 100, "ACCESS_DENIED", "Not enough permissions to access: partnerApiPostsExternal.CREATE."
                                + Placeholder.VERSION.token() + "01")).requiringAbsentScopes("w_member_social"));
    }

    /** The probe with this id. */
    public static java.util.Optional<Probe> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static ProbeRequest authorize(String clientId) {
        return ProbeRequest.get(AUTHORIZATION).query("response_type", "code").query("client_id", clientId)
                .query("redirect_uri", PROBE_REDIRECT).query("state", "probe").query("scope", "openid");
    }

    private static ProbeRequest exchange(String secret) {
        return ProbeRequest.post(TOKEN).form("grant_type", "authorization_code")
                .form("code", Placeholder.BOGUS_CODE.token())
                .form("redirect_uri", PROBE_REDIRECT)
                .form("client_id", Placeholder.CLIENT_ID.token())
                .form("client_secret", secret);
    }

    private static ProbeRequest introspect(String clientId, String secret, String token) {
        return ProbeRequest.post(INTROSPECTION).form("client_id", clientId).form("client_secret", secret).form("token", token);
    }

    private static ProbeRequest posts(String token, String version, String protocol) {
        ProbeRequest r = ProbeRequest.post(POSTS).json(EMPTY_POST);
        if (token != null) {
            r = r.header("Authorization", "Bearer " + token);
        }
        if (version != null) {
            r = r.header("LinkedIn-Version", version);
        }
        if (protocol != null) {
            r = r.header("X-Restli-Protocol-Version", protocol);
        }
        return r;
    }

    private static Expectation oauthError(int status, String error, String description) {
        return Expectation.status(status).json().field("/error", error).field("/error_description", description);
    }

    /** LinkedIn's REST envelope (§6.1): status, serviceErrorCode and code when the row names them, message. */
    private static Expectation restError(int status, Integer serviceErrorCode, String code, String message) {
        Expectation e = Expectation.status(status).json().field("/status", status);
        if (serviceErrorCode != null) {
            e = e.field("/serviceErrorCode", serviceErrorCode);
        }
        if (code != null) {
            e = e.field("/code", code);
        }
        return e.field("/message", message).header("x-restli-error-response", "true");
    }

    private static JsonNode array(String... values) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (String v : values) {
            array.add(v);
        }
        return array;
    }
}
