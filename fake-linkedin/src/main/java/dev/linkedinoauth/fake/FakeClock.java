package dev.linkedinoauth.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of time of a fake instance: codes, tokens, id_tokens, introspection and daily quotas
 * all read it, so moving it forward keeps them consistent. Always UTC (quotas reset at 00:00 UTC).
 */
final class FakeClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    FakeClock(Clock base) {
        this.base = base;
    }

    static FakeClock system() {
        return new FakeClock(Clock.systemUTC());
    }

    /** Moves this fake's time forward; time never goes back, so tokens never un-expire. */
    void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the fake's clock only moves forward, not by " + amount);
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    Duration offset() {
        return offset.get();
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
