package dev.linkedinoauth.fake;

import java.time.Duration;

/** What the entry handler does with a request: send an answer (perhaps late), or close the connection. */
sealed interface Reply {

    /** The status the journal records: the answer's, or 0 for a dropped connection. */
    int status();

    record Send(FakeResponse response, Duration delay) implements Reply {
        static Send now(FakeResponse response) {
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
