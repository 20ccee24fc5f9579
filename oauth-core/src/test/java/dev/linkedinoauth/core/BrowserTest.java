package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** $BROWSER handling: the Unix convention, no shell, first command that starts wins. */
@Timeout(30)
class BrowserTest {
    private static final URI URL = URI.create("https://www.linkedin.com/oauth/v2/authorization?a=1&b=%20x");

    @TempDir
    Path tmp;

    @Test
    void percentSIsReplacedByTheUrlElseTheUrlIsAppended() {
        assertThat(SystemBrowser.commandLine("firefox --new-tab %s", "U")).containsExactly("firefox", "--new-tab", "U");
        assertThat(SystemBrowser.commandLine("xdg-open", "U")).containsExactly("xdg-open", "U");
        assertThat(SystemBrowser.commandLine("echo 100%% %s", "U")).containsExactly("echo", "100%", "U");
    }

    @Test
    void theFirstCommandThatStartsReceivesTheUrlAsOneArgument() throws IOException {
        Path out = tmp.resolve("opened.txt");
        Path script = script("printf '%s' \"$1\" > " + out);
        new SystemBrowser("no-such-browser-xyz:" + script + " %s", false).open(URL);
        assertThat(Files.readString(out)).isEqualTo(URL.toString());
    }

    @Test
    void whenEveryCommandFailsTheErrorSaysSo() throws IOException {
        Path failing = script("exit 3");
        assertThatThrownBy(() -> new SystemBrowser("no-such-browser-xyz:" + failing, false).open(URL))
                .isInstanceOf(IOException.class).hasMessageContaining("no-such-browser-xyz");
    }

    @Test
    void withoutAnyBrowserOpeningDoesNothingAndDoesNotFail() {
        // The login has printed the URL already; "print only" must not turn into an error.
        assertThatCode(() -> new SystemBrowser(null, false).open(URL)).doesNotThrowAnyException();
        assertThatCode(() -> Browser.printOnly().open(URL)).doesNotThrowAnyException();
    }

    private Path script(String body) throws IOException {
        Path script = tmp.resolve("browser-" + System.nanoTime() + ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
