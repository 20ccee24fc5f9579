package dev.linkedinoauth.fake;

import dev.linkedinoauth.fake.model.FakeClock;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fakes whose clock stands still unless a test advances it, for exact time arithmetic. */
final class Fakes {
    private Fakes() {
    }

    static FakeLinkedIn frozen(FakeConfig config) {
        return FakeLinkedIn.start(config, new FakeClock(Clock.fixed(Instant.now(), ZoneOffset.UTC)));
    }

    static FakeLinkedIn frozenAt(FakeConfig config, Instant instant) {
        return FakeLinkedIn.start(config, new FakeClock(Clock.fixed(instant, ZoneOffset.UTC)));
    }
}
