package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.model.FakeApp;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Client-secret comparison in constant time (the fake is a test double, but it teaches good habits). */
final class Credentials {
    private Credentials() {
    }

    static boolean secretMatches(FakeApp app, String secret) {
        return secret != null && MessageDigest.isEqual(app.clientSecret().getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }
}
