package dev.linkedinoauth.core;

import java.net.URI;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every URL the library calls, as one value: LinkedIn's production URLs, one base URL for the fake
 * ({@code {base}/oauth/v2/...}, {@code {base}/v2/...}, {@code {base}/rest/...}), or an OpenID discovery
 * document, so the same code runs against any standards-compliant OpenID provider.
 *
 * <pre>{@code
 * LinkedInEndpoints live = LinkedInEndpoints.production();
 * LinkedInEndpoints fake = LinkedInEndpoints.forBaseUrl(URI.create("http://127.0.0.1:8080"));
 * }</pre>
 * Like every value of this library it is immutable; change one with {@link #toBuilder()}.
 *
 * @param authorization the consent page ({@code /oauth/v2/authorization})
 * @param token         code, refresh and client-credentials grants ({@code /oauth/v2/accessToken})
 * @param introspection token introspection ({@code /oauth/v2/introspectToken})
 * @param revocation    token revocation ({@code /oauth/v2/revoke}, unofficial at LinkedIn)
 * @param userinfo      OpenID userinfo ({@code /v2/userinfo})
 * @param jwks          the id_token signing keys ({@code /oauth/openid/jwks})
 * @param issuer        the id_token {@code iss} to accept
 * @param apiBase       the unversioned API ({@code https://api.linkedin.com/v2})
 * @param restBase      the versioned API ({@code https://api.linkedin.com/rest})
 */
public record LinkedInEndpoints(URI authorization, URI token, URI introspection, URI revocation, URI userinfo,
                                URI jwks, String issuer, URI apiBase, URI restBase) {

    /** The id_token issuer LinkedIn has used since April 2024 (the discovery docs still show the old one). */
    public static final String LINKEDIN_ISSUER = "https://www.linkedin.com/oauth";

    public LinkedInEndpoints {
        Objects.requireNonNull(authorization, "authorization");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(introspection, "introspection");
        Objects.requireNonNull(revocation, "revocation");
        Objects.requireNonNull(userinfo, "userinfo");
        Objects.requireNonNull(jwks, "jwks");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(apiBase, "apiBase");
        Objects.requireNonNull(restBase, "restBase");
    }

    /** LinkedIn itself. */
    public static LinkedInEndpoints production() {
        return new LinkedInEndpoints(
                URI.create("https://www.linkedin.com/oauth/v2/authorization"),
                URI.create("https://www.linkedin.com/oauth/v2/accessToken"),
                URI.create("https://www.linkedin.com/oauth/v2/introspectToken"),
                URI.create("https://www.linkedin.com/oauth/v2/revoke"),
                URI.create("https://api.linkedin.com/v2/userinfo"),
                URI.create("https://www.linkedin.com/oauth/openid/jwks"),
                LINKEDIN_ISSUER,
                URI.create("https://api.linkedin.com/v2"),
                URI.create("https://api.linkedin.com/rest"));
    }

    /**
     * Everything under one base URL, laid out like LinkedIn (the fake serves both www and api paths from
     * one host); the issuer is {@code {base}/oauth}, as LinkedIn's is {@code https://www.linkedin.com/oauth}.
     */
    public static LinkedInEndpoints forBaseUrl(URI base) {
        Objects.requireNonNull(base, "base");
        String b = base.toString().replaceAll("/+$", "");
        return new LinkedInEndpoints(
                URI.create(b + "/oauth/v2/authorization"),
                URI.create(b + "/oauth/v2/accessToken"),
                URI.create(b + "/oauth/v2/introspectToken"),
                URI.create(b + "/oauth/v2/revoke"),
                URI.create(b + "/v2/userinfo"),
                URI.create(b + "/oauth/openid/jwks"),
                b + "/oauth",
                URI.create(b + "/v2"),
                URI.create(b + "/rest"));
    }

    /**
     * Reads an OpenID discovery document ({@code .../.well-known/openid-configuration}). LinkedIn's lists no
     * introspection or revocation endpoint; those default to {@code introspectToken} and {@code revoke} next
     * to the token endpoint. The API bases default to the folder of the userinfo endpoint.
     *
     * @throws ConfigurationException when the document lacks a required endpoint or is not JSON
     * @throws LinkedInConnectionException when it cannot be fetched
     */
    public static LinkedInEndpoints fromDiscovery(URI discoveryDocument, LinkedInHttp http) {
        HttpResult result = http.get(discoveryDocument, null);
        JsonNode doc = Json.objectOrNull(result.body());
        if (!result.isSuccess() || doc == null) {
            throw new ConfigurationException("The OpenID discovery document at " + discoveryDocument
                    + " could not be read (HTTP " + result.status() + ")");
        }
        URI token = required(doc, "token_endpoint", discoveryDocument);
        URI userinfo = required(doc, "userinfo_endpoint", discoveryDocument);
        String introspection = Json.text(doc, "introspection_endpoint");
        String revocation = Json.text(doc, "revocation_endpoint");
        URI apiBase = stripSlash(userinfo.resolve("."));
        return new LinkedInEndpoints(
                required(doc, "authorization_endpoint", discoveryDocument),
                token,
                introspection != null ? URI.create(introspection) : token.resolve("introspectToken"),
                revocation != null ? URI.create(revocation) : token.resolve("revoke"),
                userinfo,
                required(doc, "jwks_uri", discoveryDocument),
                required(doc, "issuer", discoveryDocument).toString(),
                apiBase,
                stripSlash(userinfo.resolve("../rest")));
    }

    /** Same as {@link #fromDiscovery(URI, LinkedInHttp)} with a short-lived default HTTP client. */
    public static LinkedInEndpoints fromDiscovery(URI discoveryDocument) {
        try (LinkedInHttp http = LinkedInHttp.create()) {
            return fromDiscovery(discoveryDocument, http);
        }
    }

    /** A builder holding these endpoints, to change some: {@code endpoints.toBuilder().issuer(old).build()}. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Builds {@link LinkedInEndpoints} from another set, one URL at a time; start from a factory's result with
     * {@link #toBuilder()}. Immutable values only: the builder copies nothing back.
     *
     * <pre>{@code
     * LinkedInEndpoints e = LinkedInEndpoints.production().toBuilder()
     *         .issuer("https://www.linkedin.com").build();   // accept the pre-2024 id_token issuer
     * }</pre>
     */
    public static final class Builder {
        private URI authorization;
        private URI token;
        private URI introspection;
        private URI revocation;
        private URI userinfo;
        private URI jwks;
        private String issuer;
        private URI apiBase;
        private URI restBase;

        private Builder(LinkedInEndpoints from) {
            authorization = from.authorization;
            token = from.token;
            introspection = from.introspection;
            revocation = from.revocation;
            userinfo = from.userinfo;
            jwks = from.jwks;
            issuer = from.issuer;
            apiBase = from.apiBase;
            restBase = from.restBase;
        }

        public Builder authorization(URI value) {
            this.authorization = value;
            return this;
        }

        public Builder token(URI value) {
            this.token = value;
            return this;
        }

        public Builder introspection(URI value) {
            this.introspection = value;
            return this;
        }

        public Builder revocation(URI value) {
            this.revocation = value;
            return this;
        }

        public Builder userinfo(URI value) {
            this.userinfo = value;
            return this;
        }

        public Builder jwks(URI value) {
            this.jwks = value;
            return this;
        }

        /** The id_token {@code iss} to accept (e.g. the pre-2024 {@code https://www.linkedin.com}). */
        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder apiBase(URI value) {
            this.apiBase = value;
            return this;
        }

        public Builder restBase(URI value) {
            this.restBase = value;
            return this;
        }

        /** @throws NullPointerException naming a URL that was set to null */
        public LinkedInEndpoints build() {
            return new LinkedInEndpoints(authorization, token, introspection, revocation, userinfo, jwks, issuer,
                    apiBase, restBase);
        }
    }

    private static URI required(JsonNode doc, String field, URI source) {
        String value = Json.text(doc, field);
        if (value == null) {
            throw new ConfigurationException("The OpenID discovery document at " + source + " has no " + field);
        }
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("The OpenID discovery document at " + source + " has an invalid "
                    + field + ": " + value, e);
        }
    }

    private static URI stripSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }
}
