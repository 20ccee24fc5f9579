package dev.linkedinoauth.core.probe;

import java.util.Optional;

/**
 * The values a probe's request and expectation refer to as {@code {name}}: the user's credentials, the
 * made-up values of error paths (fresh for every run, so a probe never reuses anything real) and the
 * API versions. The runner substitutes them just before sending, and masks every secret one in results.
 */
public enum Placeholder {
    /** The app's Client ID. */
    CLIENT_ID("client_id", Credential.CLIENT_ID, false),
    /** The app's Client Secret. */
    CLIENT_SECRET("client_secret", Credential.CLIENT_SECRET, true),
    /** The member's access token. */
    MEMBER_TOKEN("member_token", Credential.MEMBER_TOKEN, true),
    /** {@code Basic base64(client_id:wrong_secret)}: HTTP Basic client authentication, which LinkedIn refuses. */
    BASIC_WRONG_SECRET("basic_wrong_secret", Credential.CLIENT_ID, true),
    /** A made-up authorization code ({@code AQ…}, as LinkedIn's look). */
    BOGUS_CODE("bogus_code", null, true),
    /** A made-up access token. */
    BOGUS_TOKEN("bogus_token", null, true),
    /** A made-up client secret, never the app's. */
    WRONG_SECRET("wrong_secret", null, true),
    /** A made-up client id no app has. */
    UNKNOWN_CLIENT_ID("unknown_client_id", null, false),
    /** A made-up PKCE code verifier. */
    CODE_VERIFIER("code_verifier", null, true),
    /** An active {@code LinkedIn-Version} ({@code YYYYMM}, two months back). */
    VERSION("version", null, false),
    /** A {@code LinkedIn-Version} sunset long ago (three years back). */
    RETIRED_VERSION("retired_version", null, false),
    /** The id_token issuer the target is expected to announce. */
    ISSUER("issuer", null, false);

    private final String name;
    private final Credential needs;
    private final boolean secret;

    Placeholder(String name, Credential needs, boolean secret) {
        this.name = name;
        this.needs = needs;
        this.secret = secret;
    }

    /** As written in a request: {@code {client_id}}. */
    public String token() {
        return "{" + name + "}";
    }

    /** The credential the user must give for this value, if any. */
    public Optional<Credential> needs() {
        return Optional.ofNullable(needs);
    }

    /** Whether results show the value masked. */
    public boolean secret() {
        return secret;
    }

    @Override
    public String toString() {
        return token();
    }
}
