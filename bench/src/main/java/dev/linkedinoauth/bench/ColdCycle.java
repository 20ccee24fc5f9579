package dev.linkedinoauth.bench;

import java.util.Arrays;

/**
 * In-process cycles, in a fresh JVM: start a server, get one token answer, close it; then again.
 * Prints the first cycle (what one test class pays in a fresh JVM, class loading included) and the
 * median of the later ones (what every further test pays).
 *
 * <pre>java -cp ... dev.linkedinoauth.bench.ColdCycle fake|wiremock|mock-oauth2-server|jetty-floor [cycles]</pre>
 *
 * Output, one line: {@code first_ms=648.1 later_median_ms=12.0 cycles=50}.
 */
public final class ColdCycle {
    private ColdCycle() {
    }

    public static void main(String[] args) throws Exception {
        String name = args[0];
        int cycles = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        double[] ms = new double[cycles];
        for (int i = 0; i < cycles; i++) {
            long start = System.nanoTime();
            try (Servers.Running server = Servers.start(name)) {
                Servers.oneToken(server);
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] later = Arrays.copyOfRange(ms, 1, cycles);
        Arrays.sort(later);
        double median = later.length == 0 ? Double.NaN : later[later.length / 2];
        System.out.printf(java.util.Locale.ROOT, "first_ms=%.1f later_median_ms=%.2f cycles=%d%n", ms[0], median, cycles);
    }
}
