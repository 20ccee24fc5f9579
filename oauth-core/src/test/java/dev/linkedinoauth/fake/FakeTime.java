package dev.linkedinoauth.fake;

import java.time.Duration;

/**
 * TEST-ONLY workaround: fake-linkedin has no public clock control yet (it arrives with issue 5), so this
 * class sits in the fake's package to reach its package-private clock. Replace with the public API then.
 */
public final class FakeTime {
    private FakeTime() {
    }

    public static void advance(FakeLinkedIn fake, Duration amount) {
        fake.clock().advance(amount);
    }
}
