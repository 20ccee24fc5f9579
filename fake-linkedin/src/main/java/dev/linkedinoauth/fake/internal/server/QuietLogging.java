package dev.linkedinoauth.fake.internal.server;

import java.util.ServiceLoader;

/**
 * Keeps this library's logging libraries (Jetty, HttpClient 5: both log through SLF4J) out of a user's
 * console unless the user configured logging. Called before the first of their classes loads.
 *
 * <ul>
 *   <li>No SLF4J provider on the class path: SLF4J would print "No SLF4J providers were found" into
 *       every test run of the user, caused by us. Its outcome (a no-op logger) is what the user has
 *       anyway; only the message is spared, by initialising SLF4J with its own reporter set to
 *       ERROR ({@code slf4j.internal.verbosity}) and restoring the property right after.
 *   <li>Logback without a level for {@code org.eclipse.jetty} or {@code org.apache.hc}: those loggers
 *       get WARN, so that Jetty's start and stop lines (INFO) and HttpClient's wire log (DEBUG, which
 *       logback's unconfigured default would print) stay out. A level set in the user's configuration
 *       is left as it is.
 * </ul>
 * Nothing here depends on SLF4J or logback at compile time; without SLF4J it does nothing.
 * {@link #again()} applies the logback rule once more: a framework that configures logback after the
 * fake started (Spring Boot does when its test context starts) drops the levels set here.
 */
public final class QuietLogging {
    private static final String[] OURS_TO_QUIETEN = {"org.eclipse.jetty", "org.apache.hc"};

    private QuietLogging() {
    }

    /** Idempotent and cheap after the first call (class initialisation runs once). */
    public static void init() {
        Once.DONE.hashCode();
    }

    /**
     * The logback rule again, for loggers that still have no level (logging was configured anew since
     * {@link #init()}, e.g. by Spring Boot); the fake calls it before it stops, so that Jetty's stop
     * lines stay out too. Does nothing without logback.
     */
    public static void again() {
        init();
        try {
            quietenUnconfiguredLogback(Class.forName("org.slf4j.LoggerFactory", false, QuietLogging.class.getClassLoader()));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // As in apply(): leave logging exactly as it is.
        }
    }

    private static final class Once {
        static final Boolean DONE = apply();
    }

    private static Boolean apply() {
        ClassLoader loader = QuietLogging.class.getClassLoader();
        try {
            Class<?> providerType = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, loader);
            boolean anyProvider = ServiceLoader.load(providerType, loader).iterator().hasNext();
            Class<?> factory = Class.forName("org.slf4j.LoggerFactory", false, loader);
            if (!anyProvider && System.getProperty("slf4j.provider") == null) {
                initialiseSilently(factory);
            } else {
                quietenUnconfiguredLogback(factory);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // No SLF4J, an SLF4J 1.x, or a logback we do not know: leave logging exactly as it is.
        }
        return Boolean.TRUE;
    }

    private static synchronized void initialiseSilently(Class<?> factory) throws ReflectiveOperationException {
        String key = "slf4j.internal.verbosity";
        String before = System.getProperty(key);
        System.setProperty(key, "ERROR");
        try {
            factory.getMethod("getILoggerFactory").invoke(null);
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    private static void quietenUnconfiguredLogback(Class<?> factory) throws ReflectiveOperationException {
        Object context = factory.getMethod("getILoggerFactory").invoke(null);
        if (!context.getClass().getName().equals("ch.qos.logback.classic.LoggerContext")) {
            return;
        }
        ClassLoader logback = context.getClass().getClassLoader();
        Class<?> level = Class.forName("ch.qos.logback.classic.Level", false, logback);
        Object warn = level.getField("WARN").get(null);
        for (String name : OURS_TO_QUIETEN) {
            Object logger = context.getClass().getMethod("getLogger", String.class).invoke(context, name);
            if (logger.getClass().getMethod("getLevel").invoke(logger) == null) {
                logger.getClass().getMethod("setLevel", level).invoke(logger, warn);
            }
        }
    }
}
