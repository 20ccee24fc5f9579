package dev.linkedinoauth.cli;

import java.util.Locale;

/**
 * Whether a browser could open at all. On Linux and the BSDs a browser needs an X11 or Wayland display, or a
 * {@code $BROWSER} command (which may be a text browser); over SSH and in containers there is none. macOS and
 * Windows always have their desktop, so they are never headless here.
 */
final class Headless {

    private Headless() {
    }

    static boolean noDisplay(Settings settings) {
        return noDisplay(settings, System.getProperty("os.name", ""));
    }

    static boolean noDisplay(Settings settings, String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("mac") || os.startsWith("windows")) {
            return false;
        }
        return settings.get("DISPLAY").isEmpty() && settings.get("WAYLAND_DISPLAY").isEmpty()
                && settings.get("BROWSER").isEmpty();
    }
}
