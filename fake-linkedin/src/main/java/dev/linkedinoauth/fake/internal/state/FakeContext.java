package dev.linkedinoauth.fake.internal.state;

import dev.linkedinoauth.fake.model.FakeClock;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.time.Instant;

/**
 * What every LinkedIn endpoint of one fake instance shares: configuration, clock, state, token maker,
 * key. It knows nothing of the test-fixture side (journal, scripted outcomes): see {@code Fixture}.
 */
public record FakeContext(FakeConfig config, FakeClock clock, FakeState state, TokenFactory tokens, SigningKey signingKey) {

    public Instant now() {
        return clock.instant();
    }

    /** Forgets the LinkedIn side of what a test did: tokens, codes, posts, clock moves. */
    public void reset() {
        state.reset();
        clock.reset();
    }
}
