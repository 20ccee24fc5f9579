package dev.linkedinoauth.cli;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.FakeLinkedIn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An embedded fake LinkedIn with one app whose redirect URI is on a free loopback port, plus the
 * "browsers" the tests hand to {@code $BROWSER}: shell scripts around curl (no window, no Selenium).
 */
final class FakeFixture implements AutoCloseable {

    static final String CLIENT_ID = "fake-client-id";
    static final String CLIENT_SECRET = "fake-client-secret";

    final FakeLinkedIn fake;
    final String redirectUri;

    private FakeFixture(FakeLinkedIn fake, String redirectUri) {
        this.fake = fake;
        this.redirectUri = redirectUri;
    }

    static FakeFixture start(Consent consent) {
        return start(consent, app -> app);
    }

    static FakeFixture start(Consent consent, UnaryOperator<FakeApp> appChanges) {
        String redirectUri = "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback";
        FakeApp app = appChanges.apply(FakeApp.builder().redirectUris(List.of(redirectUri)).build());
        FakeLinkedIn fake = FakeLinkedIn.start(
                FakeConfig.builder().host("127.0.0.1").port(0).consent(consent).app(app).build());
        return new FakeFixture(fake, redirectUri);
    }

    String baseUrl() {
        return fake.baseUrl().toString();
    }

    /** A runner configured for this fake: client id and secret in the environment, a private token store. */
    CliRunner runner(Path dir) {
        return new CliRunner(dir)
                .env("LINKEDIN_CLIENT_ID", CLIENT_ID)
                .env("LINKEDIN_CLIENT_SECRET", CLIENT_SECRET)
                .env("LINKEDIN_BASE_URL", baseUrl())
                .env("LINKEDIN_REDIRECT_URI", redirectUri)
                .env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .env("BROWSER", followerBrowser(dir).toString());
    }

    /** Follows the redirects like a browser on an auto-consent fake would. */
    static Path followerBrowser(Path dir) {
        return script(dir, "follow.sh", """
                #!/bin/sh
                exec curl -sS -L --max-time 30 -o /dev/null "$1"
                """);
    }

    /** Opens the interactive sign-in page and presses Cancel, then follows the redirect back. */
    static Path cancellingBrowser(Path dir) {
        return script(dir, "cancel.sh", """
                #!/bin/sh
                base=$(printf '%s' "$1" | sed 's#^\\(https*://[^/]*\\).*#\\1#')
                id=$(curl -sS --max-time 30 "$1" | sed -n 's/.*name="request" value="\\([^"]*\\)".*/\\1/p' | head -n 1)
                exec curl -sS -L --max-time 30 -o /dev/null --data "request=$id&action=cancel" \\
                    "$base/oauth/v2/authorization/signin"
                """);
    }

    /** Never goes anywhere: the login can only time out. */
    static Path idleBrowser(Path dir) {
        return script(dir, "idle.sh", """
                #!/bin/sh
                exit 0
                """);
    }

    private static Path script(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, text);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        fake.close();
    }
}
