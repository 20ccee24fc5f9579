package dev.linkedinoauth.fake.internal.state;

import dev.linkedinoauth.fake.FakeClock;
import dev.linkedinoauth.fake.FakeConfig;
import dev.linkedinoauth.fake.internal.admin.Journal;
import dev.linkedinoauth.fake.internal.admin.Script;
import dev.linkedinoauth.fake.internal.oauth.SigningKey;
import java.time.Instant;

/**
 * What every endpoint of one fake instance shares: configuration, clock, state, token maker, key, and
 * the test-fixture side: the request journal and the queue of scripted outcomes.
 */
public record FakeContext(FakeConfig config, FakeClock clock, FakeState state, TokenFactory tokens, SigningKey signingKey,
                          Journal journal, Script script) {

    public Instant now() {
        return clock.instant();
    }

    /** Forgets everything a test did: tokens, codes, posts, requests, queued outcomes, clock moves. */
    public void reset() {
        script.clear();
        state.reset();
        journal.clear();
        clock.reset();
    }
}
