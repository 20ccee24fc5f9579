package dev.linkedinoauth.fake;

/**
 * System properties Jetty reads once, when its classes load, set here before they do: each saves start-up
 * time and changes nothing the fake does. A value the user set on the command line wins.
 */
final class JettyTuning {
    /**
     * Jetty 12.1's {@code MemoryUtils} pads its queues to a cache line, and to know how many references fit
     * in one it asks the platform MBean server whether compressed oops are on: that starts JMX, about
     * 400 classes and a seventh of the fake's cold start. The answer is known without it: the JVM
     * compresses oops for heaps under 32 GiB (4-byte references), else not (8-byte).
     */
    static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";

    private static final long COMPRESSED_OOPS_LIMIT = 32L << 30;

    private JettyTuning() {
    }

    static void beforeJettyLoads() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
            int cacheLineBytes = Integer.getInteger("org.eclipse.jetty.util.cacheLineBytes", 64);
            int referenceBytes = Runtime.getRuntime().maxMemory() < COMPRESSED_OOPS_LIMIT ? 4 : 8;
            System.setProperty(REFERENCES_PER_CACHE_LINE, Integer.toString(cacheLineBytes / referenceBytes));
        }
    }
}
