package dev.linkedinoauth.fake;

import java.time.Instant;

/** What every endpoint of one fake instance shares: configuration, clock, state, token maker, key. */
record FakeContext(FakeConfig config, FakeClock clock, FakeState state, TokenFactory tokens, SigningKey signingKey) {

    Instant now() {
        return clock.instant();
    }
}
