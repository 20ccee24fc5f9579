package dev.linkedinoauth.core;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code $BROWSER}, then the desktop, then nothing. Commands are split on spaces and run without a shell,
 * the URL as one argument, so nothing in it can be interpreted.
 */
final class SystemBrowser {
    /** A command still running after this long is taken to be the browser (or a launcher that stays). */
    private static final long START_GRACE_MILLIS = 1500;

    private final String browserVariable;
    private final boolean desktopFallback;

    SystemBrowser(String browserVariable) {
        this(browserVariable, true);
    }

    SystemBrowser(String browserVariable, boolean desktopFallback) {
        this.browserVariable = browserVariable;
        this.desktopFallback = desktopFallback;
    }

    public void open(URI url) throws IOException {
        List<String> failures = new ArrayList<>();
        if (browserVariable != null && !browserVariable.isBlank()) {
            for (String template : browserVariable.split(":")) {
                if (template.isBlank()) {
                    continue;
                }
                try {
                    if (run(commandLine(template, url.toString()))) {
                        return;
                    }
                    failures.add(firstWord(template) + " failed");
                } catch (IOException e) {
                    failures.add(firstWord(template) + ": " + e.getMessage());
                }
            }
        }
        if (desktopFallback && desktopCanBrowse()) {
            Desktop.getDesktop().browse(url);
            return;
        }
        if (!failures.isEmpty()) {
            throw new IOException("$BROWSER did not start (" + String.join("; ", failures) + ")");
        }
        // No browser known: printing the URL, done by the caller, is all there is.
    }

    /** {@code %s} becomes the URL and {@code %%} a percent sign; without {@code %s} the URL is appended. */
    static List<String> commandLine(String template, String url) {
        List<String> args = new ArrayList<>();
        boolean substituted = false;
        for (String word : template.trim().split("\\s+")) {
            if (word.contains("%s")) {
                substituted = true;
            }
            args.add(word.replace("%s", "\u0000").replace("%%", "%").replace("\u0000", url));
        }
        if (!substituted) {
            args.add(url);
        }
        return args;
    }

    private static boolean run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(nullDevice())))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (p.waitFor(START_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                return p.exitValue() == 0;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows") ? "NUL" : "/dev/null";
    }

    private static String firstWord(String template) {
        return template.trim().split("\\s+")[0];
    }

    private static boolean desktopCanBrowse() {
        try {
            return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                    && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
