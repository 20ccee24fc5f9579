package dev.linkedinoauth.core;

import java.io.Reader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The common case in one object: configure once, {@link #login()} returns the token and the member. The
 * pieces it is built from ({@link AuthorizationRequest}, {@link CallbackServer}, {@link Browser},
 * {@link TokenClient}, {@link MemberClient}, {@link IdTokenVerifier}, {@link TokenStore}) work on their own too.
 *
 * <pre>{@code
 * try (LinkedInOAuth oauth = LinkedInOAuth.builder().clientId(id).clientSecret(Secret.of(secret))
 *         .redirectUri(URI.create("http://localhost:3000/callback")).build()) {
 *     LoginResult r = oauth.login();  System.out.println(r.member().personUrn()); }
 * }</pre>
 */
public final class LinkedInOAuth implements AutoCloseable {
    private final LoginSettings settings;
    private final LinkedInHttp http;
    private final boolean ownsHttp;
    private final TokenClient tokens;
    private final MemberClient members;
    private final IdTokenVerifier idTokens;

    private LinkedInOAuth(LoginSettings settings, LinkedInHttp http, boolean ownsHttp) {
        this.settings = settings;
        this.http = http;
        this.ownsHttp = ownsHttp;
        this.tokens = new TokenClient(http, settings.endpoints(), settings.clientId(), settings.clientSecret(), settings.clock());
        this.members = new MemberClient(http, settings.endpoints());
        this.idTokens = new IdTokenVerifier(http, settings.endpoints(), settings.clientId(), settings.clock());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The whole 3-legged flow: start the callback server on the redirect URI's port, print the authorization
     * URL and open the browser, wait for the redirect (or a pasted redirected address) carrying this login's
     * state (others are refused and reported on the progress, and the wait goes on), exchange the code,
     * verify the id_token when present, and read the member from {@code /v2/userinfo}.
     *
     * @throws AuthorizationDeniedException the member cancelled, or a scope is not authorized for the app
     * @throws CallbackTimeoutException     no redirect within the callback timeout
     * @throws PortInUseException           the redirect URI's port is taken
     * @throws LinkedInApiException         LinkedIn refused the exchange or the userinfo call
     */
    public LoginResult login() {
        return new LoginFlow(settings, tokens, members, idTokens).run();
    }

    /** A fresh authorization request (URL and state) for callers that run the steps themselves. */
    public AuthorizationRequest authorizationRequest() {
        return AuthorizationRequest.create(settings.endpoints(), settings.clientId(), settings.redirectUri(), settings.scopes());
    }

    public AccessToken refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }

    public TokenIntrospection introspect(String token) {
        return tokens.introspect(token);
    }

    public void revoke(String token) {
        tokens.revoke(token);
    }

    public Member userinfo(String accessToken) {
        return members.userinfo(accessToken);
    }

    public AccessToken clientCredentials() {
        return tokens.clientCredentials();
    }

    /**
     * A posting client on this facade's endpoints, HTTP client and clock, with the default
     * {@code LinkedIn-Version}: {@code oauth.posts().publish(token.value(), Post.of("Hello LinkedIn API :-)"))}.
     * For another version or the UGC API use {@link LinkedInPosts#builder(LinkedInHttp)}.
     */
    public LinkedInPosts posts() {
        return LinkedInPosts.builder(http).endpoints(settings.endpoints()).clock(settings.clock()).build();
    }

    /** The token endpoints client this facade uses. */
    public TokenClient tokenClient() {
        return tokens;
    }

    public MemberClient memberClient() {
        return members;
    }

    public IdTokenVerifier idTokenVerifier() {
        return idTokens;
    }

    public LinkedInEndpoints endpoints() {
        return settings.endpoints();
    }

    public String clientId() {
        return settings.clientId();
    }

    /** Closes the HTTP client unless it was supplied by the caller. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.close();
        }
    }

    /**
     * Builds a {@link LinkedInOAuth}. Required: client id, client secret, redirect URI. Defaults: production
     * endpoints, scopes {@code openid profile email w_member_social}, {@link Browser#system()}, 5-minute
     * callback timeout, no progress lines (a library prints nothing unless asked), id_token verified when present.
     *
     * <pre>{@code
     * LinkedInOAuth oauth = LinkedInOAuth.builder().clientId(id).clientSecret(secret).redirectUri(uri)
     *         .scopes(List.of("openid", "profile")).callbackTimeout(Duration.ofMinutes(2)).build();
     * }</pre>
     */
    public static final class Builder {
        private String clientId;
        private Secret clientSecret;
        private URI redirectUri;
        private List<String> scopes = AuthorizationRequest.DEFAULT_SCOPES;
        private LinkedInEndpoints endpoints = LinkedInEndpoints.production();
        private Browser browser;
        private Duration callbackTimeout = Duration.ofMinutes(5);
        private Duration pageHold = CallbackServer.DEFAULT_PAGE_HOLD;
        private Clock clock = Clock.systemUTC();
        // Quiet by default: a library must not write to a user's console (or test output) uninvited; the
        // CLI asks for its progress lines explicitly.
        private Consumer<String> progress = line -> { };
        private Reader pastedRedirects;
        private boolean verifyIdToken = true;
        private LinkedInHttp http;

        private Builder() {
        }

        public Builder clientId(String value) {
            this.clientId = value;
            return this;
        }

        public Builder clientSecret(Secret value) {
            this.clientSecret = value;
            return this;
        }

        public Builder clientSecret(char[] value) {
            this.clientSecret = value == null ? null : Secret.of(value);
            return this;
        }

        /** Exactly as registered at LinkedIn; its port is where the callback server listens. */
        public Builder redirectUri(URI value) {
            this.redirectUri = value;
            return this;
        }

        public Builder scopes(List<String> value) {
            this.scopes = List.copyOf(value);
            return this;
        }

        public Builder endpoints(LinkedInEndpoints value) {
            this.endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        public Builder browser(Browser value) {
            this.browser = Objects.requireNonNull(value, "browser");
            return this;
        }

        public Builder callbackTimeout(Duration value) {
            this.callbackTimeout = Objects.requireNonNull(value, "callbackTimeout");
            return this;
        }

        /** How long the browser's page waits for the exchange to finish before a neutral page is shown. */
        public Builder pageHold(Duration value) {
            this.pageHold = Objects.requireNonNull(value, "pageHold");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Where progress lines go (the URL to open first); by default nowhere. {@code .progress(System.err::println)}
         * shows them, as the CLI does. Never receives a secret.
         */
        public Builder progress(Consumer<String> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Headless use: also accept the redirected address typed or pasted into this reader (one per line),
         * racing the callback server; the first valid one wins. With a redirect URI the callback server cannot
         * serve (not http on loopback), this is the only way in.
         */
        public Builder pastedRedirects(Reader value) {
            this.pastedRedirects = value;
            return this;
        }

        public Builder verifyIdToken(boolean value) {
            this.verifyIdToken = value;
            return this;
        }

        /** Share an HTTP client (timeouts, retries); the caller then closes it. Default: one of its own. */
        public Builder http(LinkedInHttp value) {
            this.http = value;
            return this;
        }

        /** @throws ConfigurationException when a required setting is missing or cannot work */
        public LinkedInOAuth build() {
            if (clientId == null || clientId.isBlank()) {
                throw new ConfigurationException("The client id is missing (LinkedIn Developer Portal > your app > Auth)");
            }
            if (clientSecret == null || clientSecret.isEmpty()) {
                throw new ConfigurationException("The client secret is missing (LinkedIn Developer Portal > your app > Auth)");
            }
            if (redirectUri == null) {
                throw new ConfigurationException("The redirect URI is missing; use one registered for the app,"
                        + " e.g. http://localhost:3000/callback");
            }
            if (!redirectUri.isAbsolute()) {
                throw new ConfigurationException("The redirect URI must be absolute, not " + redirectUri);
            }
            if (!CallbackServer.canServe(redirectUri) && pastedRedirects == null) {
                throw new ConfigurationException("The redirect URI " + redirectUri + " is not http:// on localhost,"
                        + " 127.0.0.1 or [::1], so no local server can receive it; use such a redirect URI or"
                        + " accept the pasted redirected address");
            }
            if (!scopes.contains("openid")) {
                throw new ConfigurationException("The scopes must include openid (and profile): the member id comes"
                        + " from /v2/userinfo; requested: " + String.join(" ", scopes));
            }
            if (callbackTimeout.isNegative() || callbackTimeout.isZero()) {
                throw new ConfigurationException("The callback timeout must be positive");
            }
            LoginSettings s = new LoginSettings(clientId, clientSecret, redirectUri, scopes, endpoints,
                    browser != null ? browser : Browser.system(), callbackTimeout, pageHold, clock, progress,
                    pastedRedirects, verifyIdToken);
            return http != null ? new LinkedInOAuth(s, http, false) : new LinkedInOAuth(s, LinkedInHttp.create(), true);
        }
    }
}
