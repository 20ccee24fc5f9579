package dev.linkedinoauth.core;

import java.util.Arrays;
import java.util.Objects;

/**
 * A client secret, kept out of {@code toString()}, logs and exception messages. The library reads it
 * only to put it in the form body of a token request.
 *
 * <pre>{@code
 * Secret secret = Secret.of(System.getenv("LINKEDIN_CLIENT_SECRET"));
 * LinkedInOAuth.builder().clientSecret(secret);
 * }</pre>
 */
public final class Secret {
    private final char[] value;

    private Secret(char[] value) {
        this.value = value.clone();
    }

    /** Wraps a copy of the characters; the caller may wipe its array afterwards. */
    public static Secret of(char[] value) {
        Objects.requireNonNull(value, "secret");
        return new Secret(value);
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "secret");
        return new Secret(value.toCharArray());
    }

    public boolean isEmpty() {
        return value.length == 0;
    }

    /** The secret in clear text, for the token request body only. */
    String reveal() {
        return new String(value);
    }

    @Override
    public String toString() {
        return "Secret[hidden]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
