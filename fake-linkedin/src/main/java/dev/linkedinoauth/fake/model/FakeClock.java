package dev.linkedinoauth.fake.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of time of a fake instance: codes, tokens, id_tokens, introspection and daily quotas
 * all read it, so moving it forward keeps them consistent. Always UTC (quotas reset at 00:00 UTC).
 * It runs with the system clock (or the clock the fake was started with) plus the advances made so far.
 *
 * <pre>{@code
 * fake.clock().advance(Duration.ofDays(61));   // every token issued before is now expired
 * Instant now = fake.clock().now();
 * }</pre>
 */
public final class FakeClock extends Clock {
    /**
     * The latest time the fake's clock can show. Every expiry the fake computes (a year for a refresh
     * token, at most) then still fits a four-digit year, so no later calculation can overflow.
     */
    public static final Instant LATEST = Instant.parse("9000-01-01T00:00:00Z");

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A fake clock over {@code base}; {@code FakeLinkedIn.start(config, clock)} makes one for you. */
    public FakeClock(Clock base) {
        this.base = base;
    }

    /**
     * Moves this fake's time forward; time never goes back, so tokens never un-expire.
     *
     * @return the new current time
     * @throws IllegalArgumentException for a negative amount, or one that would take the clock past
     *     {@link #LATEST}; the clock is then unchanged
     */
    public synchronized Instant advance(Duration amount) {
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("the fake's clock only moves forward, not by " + amount);
        }
        // Compared, never added first: the sum of absurd amounts would overflow Instant (DateTimeException).
        Instant now = instant();
        if (amount.compareTo(Duration.between(now, LATEST)) > 0) {
            throw new IllegalArgumentException("the fake's clock cannot go past " + LATEST + "; it is " + now);
        }
        offset.set(offset.get().plus(amount));
        return instant();
    }

    /** The fake's current time. */
    public Instant now() {
        return instant();
    }

    /** How far the fake's time is ahead of its base clock: the sum of all advances since the last reset. */
    public Duration offset() {
        return offset.get();
    }

    /** Back to the base clock: the offset becomes zero. {@link dev.linkedinoauth.fake.FakeLinkedIn#reset()} calls it, after it has forgotten every token. */
    public synchronized void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        FakeClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
