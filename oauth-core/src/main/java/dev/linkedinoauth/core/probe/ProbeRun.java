package dev.linkedinoauth.core.probe;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The results of one run, in the order the probes were given.
 *
 * @param target     the discovery URL of the server checked
 * @param startedAt  when the run began
 * @param results    one per probe
 * @param stopReason why the run stopped before the end (a 429, no answer), or empty
 * @param retryAfter the {@code Retry-After} of the 429 that stopped it, if any
 */
public record ProbeRun(URI target, Instant startedAt, List<ProbeResult> results, Optional<String> stopReason,
                       Optional<Duration> retryAfter) {
    public ProbeRun {
        results = List.copyOf(results);
    }

    /** Whether any answer differed from the contract. */
    public boolean drifted() {
        return count(Verdict.DRIFT) > 0;
    }

    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** The results with this verdict. */
    public List<ProbeResult> with(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).toList();
    }
}
