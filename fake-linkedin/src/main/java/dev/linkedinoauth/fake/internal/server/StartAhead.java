package dev.linkedinoauth.fake.internal.server;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warms, on a second thread, two JDK caches that the first fake of a JVM fills on its start path, so that they
 * fill while the start does its own work (reading the configuration, building the fake's state and routes):
 *
 * <ul>
 *   <li>the locales: Jetty's {@code MimeTypes} asks for every available locale when it loads, which reads the
 *       JDK's locale data (a seventh of a cold start of the standalone fake, measured);
 *   <li>SecureRandom's provider and seed, which the fake's first code or token needs.
 * </ul>
 *
 * Nothing changes but the timing: both are JVM-wide caches that the start would fill in the same way, and
 * the results are not used here. Once per JVM; a daemon thread; a failure is left for the start to meet.
 */
public final class StartAhead {
    private static final AtomicBoolean BEGUN = new AtomicBoolean();

    private StartAhead() {
    }

    public static void begin() {
        if (!BEGUN.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(StartAhead::warm, "fake-linkedin-start-ahead");
        thread.setDaemon(true);
        thread.start();
    }

    private static void warm() {
        try {
            Locale.getAvailableLocales();
            new SecureRandom().nextBytes(new byte[8]);
        } catch (RuntimeException | LinkageError e) {
            // The start meets the same step and reports it there.
        }
    }
}
