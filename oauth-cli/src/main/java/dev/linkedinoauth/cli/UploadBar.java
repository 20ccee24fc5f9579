package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.UploadProgress;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Upload progress on stderr for files of 1 MiB or more: a bar redrawn in place on a terminal, plain lines at
 * each quarter otherwise (a log or a pipe gets no carriage returns). Smaller files say nothing.
 */
final class UploadBar implements UploadProgress {
    static final long SHOWN_FROM = 1 << 20;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private Path current;
    private int lastShown = -1;

    UploadBar(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A terminal when the JVM has a console and TERM is not dumb. */
    /**
     * The bar for {@code post}, typed as the interface on purpose: when a command passes an {@code UploadBar}
     * where an {@code UploadProgress} is expected, the verifier loads core's interface with the command's
     * class, and {@code post --help} would load a library class (CliProcessIT, PostProcessIT check it).
     */
    static UploadProgress to(PrintWriter err, java.util.Map<String, String> environment) {
        return new UploadBar(err, onTerminal(environment));
    }

    static boolean onTerminal(java.util.Map<String, String> environment) {
        return System.console() != null && !"dumb".equals(environment.get("TERM"));
    }

    @Override
    public void update(Path file, long sent, long total) {
        if (total < SHOWN_FROM) {
            return;
        }
        if (!file.equals(current)) {
            current = file;
            lastShown = -1;
        }
        int percent = (int) Math.min(100, sent * 100 / Math.max(1, total));
        if (terminal) {
            if (percent == lastShown) {
                return;
            }
            int filled = percent * WIDTH / 100;
            err.print("\rUploading " + file.getFileName() + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
                    + percent + "% of " + mebibytes(total));
            if (sent >= total) {
                err.println();
            }
        } else {
            int quarter = percent / 25 * 25;
            if (quarter == lastShown || (quarter == 0 && lastShown >= 0)) {
                return;
            }
            percent = quarter;
            err.println("Uploading " + file.getFileName() + ": " + quarter + "% of " + mebibytes(total));
        }
        lastShown = percent;
        err.flush();
    }

    private static String mebibytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
    }
}
