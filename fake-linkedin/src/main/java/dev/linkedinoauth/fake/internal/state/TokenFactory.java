package dev.linkedinoauth.fake.internal.state;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes opaque, unguessable values shaped like LinkedIn's (codes start AQ, tokens are several hundred chars).
 * Each value starts with {@link #SECRET_BYTES} bytes from {@link SecureRandom}, which is what makes it
 * unguessable; the rest, there for LinkedIn's length, comes from a fast generator: drawing all of a token's
 * 258 bytes from SecureRandom was a sixth of the token endpoint's time.
 */
public final class TokenFactory {
    /** 256 bits, as many as an HMAC-SHA256 key. */
    static final int SECRET_BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    /** About 210 characters, like the docs' sample code. */
    public String authorizationCode() {
        return "AQ" + randomText(156);
    }

    /** About 350 characters: LinkedIn's tokens are 350-500 characters; clients must allow 1000. */
    public String accessToken() {
        return "AQV" + randomText(258);
    }

    public String refreshToken() {
        return "AQX" + randomText(258);
    }

    /** An id for server-side state referenced from HTML forms. */
    public String requestId() {
        return randomText(24);
    }

    /** A share id: 19 digits starting with 7, like {@code urn:li:share:7012345678901234567}. */
    public String shareId() {
        StringBuilder id = new StringBuilder("7");
        for (int i = 0; i < 18; i++) {
            id.append(random.nextInt(10));
        }
        return id.toString();
    }

    private String randomText(int bytes) {
        byte[] data = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(data);
        byte[] secret = new byte[Math.min(SECRET_BYTES, bytes)];
        random.nextBytes(secret);
        System.arraycopy(secret, 0, data, 0, secret.length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }
}
