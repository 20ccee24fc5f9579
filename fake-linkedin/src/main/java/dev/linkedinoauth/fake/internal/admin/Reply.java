package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.internal.server.FakeResponse;
import java.time.Duration;

/** What the entry handler does with a request: send an answer (perhaps late), or close the connection. */
public sealed interface Reply {

    /** The status the journal records: the answer's, or 0 for a dropped connection. */
    int status();

    record Send(FakeResponse response, Duration delay) implements Reply {
        public static Send now(FakeResponse response) {
            return new Send(response, Duration.ZERO);
        }

        @Override
        public int status() {
            return response.status();
        }
    }

    record Drop() implements Reply {
        @Override
        public int status() {
            return 0;
        }
    }
}
