package dev.linkedinoauth.fake.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A LinkedIn developer application registered with the fake: its credentials, its authorized
 * redirect URLs, the scopes its products provision, and the two flags LinkedIn grants only to some apps.
 *
 * <pre>{@code
 * FakeApp app = FakeApp.builder().redirectUri("http://localhost:54321/callback").build();
 * FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder().app(app).build());
 * }</pre>
 *
 * @param scopes            the scopes this app is provisioned for; others get {@code unauthorized_scope_error}
 * @param refreshTokens     whether the app is enabled for programmatic refresh tokens
 * @param clientCredentials whether the app may use the 2-legged client-credentials grant
 * @param name              the app name shown on the consent page
 */
public record FakeApp(String clientId, String clientSecret, List<String> redirectUris, Set<String> scopes,
                      boolean refreshTokens, boolean clientCredentials, String name) {

    /** The scopes of the two self-serve products: Sign In with LinkedIn (OpenID) and Share on LinkedIn. */
    public static final Set<String> DEFAULT_SCOPES =
            Collections.unmodifiableSet(new LinkedHashSet<>(List.of("openid", "profile", "email", "w_member_social")));

    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_.:-]+");

    public FakeApp {
        if (clientId == null || clientId.isBlank() || clientId.chars().anyMatch(c -> c <= ' ')) {
            throw new FakeConfigException("app clientId is required and may not contain spaces");
        }
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new FakeConfigException("app " + clientId + ": clientSecret is required");
        }
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw new FakeConfigException("app " + clientId + ": at least one redirect URI is required");
        }
        List<String> uris = new ArrayList<>();
        for (String uri : redirectUris) {
            uris.add(checkRedirectUri(clientId, uri));
        }
        redirectUris = List.copyOf(uris);
        if (scopes == null) {
            scopes = DEFAULT_SCOPES;
        }
        Set<String> checked = new LinkedHashSet<>();
        for (String scope : scopes) {
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                throw new FakeConfigException("app " + clientId + ": invalid scope \"" + scope + "\"");
            }
            checked.add(scope);
        }
        scopes = Collections.unmodifiableSet(checked);
        if (name == null || name.isBlank()) {
            name = "Fake LinkedIn App";
        }
    }

    /**
     * {@code fake-client-id} / {@code fake-client-secret}, redirect {@code http://localhost:3000/callback},
     * scopes {@code openid profile email w_member_social}, no refresh tokens, no client credentials.
     */
    public static FakeApp defaults() {
        return new FakeApp("fake-client-id", "fake-client-secret", List.of("http://localhost:3000/callback"),
                DEFAULT_SCOPES, false, false, "Fake LinkedIn App");
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** A builder starting from this app. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    private static String checkRedirectUri(String clientId, String uri) {
        if (uri == null || uri.isBlank()) {
            throw new FakeConfigException("app " + clientId + ": redirect URI may not be empty");
        }
        try {
            URI parsed = new URI(uri);
            if (!parsed.isAbsolute() || parsed.getHost() == null
                    || !("http".equalsIgnoreCase(parsed.getScheme()) || "https".equalsIgnoreCase(parsed.getScheme()))) {
                throw new FakeConfigException("app " + clientId + ": redirect URI must be an absolute http(s) URL: " + uri);
            }
            if (parsed.getRawFragment() != null) {
                throw new FakeConfigException("app " + clientId + ": redirect URI may not contain a fragment: " + uri);
            }
        } catch (URISyntaxException e) {
            throw new FakeConfigException("app " + clientId + ": invalid redirect URI: " + uri);
        }
        return uri;
    }

    /**
     * An immutable-result builder for {@link FakeApp}.
     *
     * <pre>{@code
     * FakeApp app = FakeApp.builder().clientId("my-app").refreshTokens(true).build();
     * }</pre>
     */
    public static final class Builder {
        private String clientId;
        private String clientSecret;
        private List<String> redirectUris;
        private Set<String> scopes;
        private boolean refreshTokens;
        private boolean clientCredentials;
        private String name;

        private Builder(FakeApp from) {
            clientId = from.clientId;
            clientSecret = from.clientSecret;
            redirectUris = from.redirectUris;
            scopes = from.scopes;
            refreshTokens = from.refreshTokens;
            clientCredentials = from.clientCredentials;
            name = from.name;
        }

        public Builder clientId(String value) {
            clientId = value;
            return this;
        }

        public Builder clientSecret(String value) {
            clientSecret = value;
            return this;
        }

        public Builder redirectUris(List<String> value) {
            redirectUris = value == null ? null : List.copyOf(value);
            return this;
        }

        public Builder redirectUri(String value) {
            return redirectUris(List.of(value));
        }

        public Builder scopes(Set<String> value) {
            scopes = value == null ? null : new LinkedHashSet<>(value);
            return this;
        }

        public Builder scopes(String... value) {
            return scopes(new LinkedHashSet<>(List.of(value)));
        }

        public Builder refreshTokens(boolean value) {
            refreshTokens = value;
            return this;
        }

        public Builder clientCredentials(boolean value) {
            clientCredentials = value;
            return this;
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public FakeApp build() {
            return new FakeApp(clientId, clientSecret, redirectUris, scopes, refreshTokens, clientCredentials, name);
        }
    }
}
