package dev.linkedinoauth.fake;

import java.time.Instant;

/**
 * What every endpoint of one fake instance shares: configuration, clock, state, token maker, key, and
 * the test-fixture side: the request journal and the queue of scripted outcomes.
 */
record FakeContext(FakeConfig config, FakeClock clock, FakeState state, TokenFactory tokens, SigningKey signingKey,
                   Journal journal, Script script) {

    Instant now() {
        return clock.instant();
    }

    /** Forgets everything a test did: tokens, codes, posts, requests, queued outcomes, clock moves. */
    void reset() {
        script.clear();
        state.reset();
        journal.clear();
        clock.reset();
    }
}
