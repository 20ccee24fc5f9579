package dev.linkedinoauth.core;

import java.time.Duration;

/** Durations as people say them in messages: "5 minutes", "90 seconds". */
final class Durations {
    private Durations() {
    }

    static String human(Duration d) {
        long seconds = d.toSeconds();
        if (seconds >= 60 && seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (seconds >= 1) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return d.toMillis() + " ms";
    }
}
