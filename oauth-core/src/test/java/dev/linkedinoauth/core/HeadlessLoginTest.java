package dev.linkedinoauth.core;

import static dev.linkedinoauth.core.TestSupport.MEMBER_ID;
import static dev.linkedinoauth.core.TestSupport.fakeFor;
import static dev.linkedinoauth.core.TestSupport.freeCallback;
import static dev.linkedinoauth.core.TestSupport.lines;
import static dev.linkedinoauth.core.TestSupport.oauthFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.StringReader;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.linkedinoauth.fake.FakeLinkedIn;

/** A machine without a browser: the member pastes the redirected address; it races the callback server. */
@Timeout(60)
class HeadlessLoginTest {
    private static final URI REMOTE_REDIRECT = URI.create("https://app.example.com/linkedin/callback");

    /** Plays a member on another machine: signs in there, then pastes the address the browser ended on. */
    private static Browser pastingInto(PipedWriter keyboard, String... before) {
        return url -> {
            URI redirected = TestSupport.redirectFromFake(url);
            for (String line : before) {
                keyboard.write(line + "\n");
            }
            keyboard.write(redirected + "\n");
            keyboard.flush();
        };
    }

    @Test
    void aPastedRedirectCompletesTheLoginWhenNoLocalServerCanReceiveIt() throws IOException {
        PipedWriter keyboard = new PipedWriter();
        List<String> progress = lines();
        try (PipedReader input = new PipedReader(keyboard);
             FakeLinkedIn fake = fakeFor(REMOTE_REDIRECT);
             LinkedInOAuth oauth = oauthFor(fake, REMOTE_REDIRECT, progress).pastedRedirects(input)
                     .browser(pastingInto(keyboard)).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
            assertThat(progress).anyMatch(line -> line.contains("paste here the full address"));
        }
    }

    @Test
    void somethingElsePastedIsExplainedAndTheNextLineStillCounts() throws IOException {
        PipedWriter keyboard = new PipedWriter();
        List<String> progress = lines();
        try (PipedReader input = new PipedReader(keyboard);
             FakeLinkedIn fake = fakeFor(REMOTE_REDIRECT);
             LinkedInOAuth oauth = oauthFor(fake, REMOTE_REDIRECT, progress).pastedRedirects(input)
                     .browser(pastingInto(keyboard, "", "hello?")).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
            assertThat(progress).anyMatch(line -> line.startsWith("That is not the address LinkedIn redirected to"));
        }
    }

    @Test
    void aPastedRedirectWithAForeignStateIsRefusedAndTheGenuineOneStillCompletes() throws IOException {
        PipedWriter keyboard = new PipedWriter();
        Browser forgerThenMember = url -> {
            URI redirected = TestSupport.redirectFromFake(url);
            keyboard.write(redirected.toString().replaceAll("state=[^&]+", "state=forged") + "\n");
            keyboard.write(redirected + "\n");
            keyboard.flush();
        };
        List<String> progress = lines();
        try (PipedReader input = new PipedReader(keyboard);
             FakeLinkedIn fake = fakeFor(REMOTE_REDIRECT);
             LinkedInOAuth oauth = oauthFor(fake, REMOTE_REDIRECT, progress).pastedRedirects(input)
                     .browser(forgerThenMember).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
        }
        assertThat(progress).anyMatch(line -> line.startsWith("That address is not from this sign-in"));
    }

    @Test
    void inputEndingBeforeAnythingWasPastedEndsTheWait() {
        try (FakeLinkedIn fake = fakeFor(REMOTE_REDIRECT);
             LinkedInOAuth oauth = oauthFor(fake, REMOTE_REDIRECT, lines()).pastedRedirects(new StringReader(""))
                     .browser(Browser.printOnly()).build()) {
            assertThatThrownBy(oauth::login).isInstanceOf(CallbackTimeoutException.class)
                    .hasMessageContaining("input ended");
        }
    }

    @Test
    void theCallbackServerWinsWhileNothingIsPasted() throws IOException {
        URI callback = freeCallback();
        try (PipedReader neverTyped = new PipedReader(new PipedWriter());
             FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).pastedRedirects(neverTyped).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
        }
    }

    @Test
    void aPasteWinsWhileTheCallbackServerWaits() throws IOException {
        URI callback = freeCallback();
        PipedWriter keyboard = new PipedWriter();
        try (PipedReader input = new PipedReader(keyboard);
             FakeLinkedIn fake = fakeFor(callback);
             LinkedInOAuth oauth = oauthFor(fake, callback, lines()).pastedRedirects(input)
                     .browser(pastingInto(keyboard)).build()) {
            assertThat(oauth.login().member().id()).isEqualTo(MEMBER_ID);
        }
    }
}
