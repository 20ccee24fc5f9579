package dev.linkedinoauth.cli;

import java.time.Duration;
import java.time.Instant;

/** Human phrases for an expiry: "in 60 days", "in 3 hours", "2 days ago". */
final class TimeText {

    private TimeText() {
    }

    static String relative(Instant when, Instant now) {
        Duration d = Duration.between(now, when);
        boolean past = d.isNegative();
        String amount = amount(d.abs());
        return past ? amount + " ago" : "in " + amount;
    }

    private static String amount(Duration d) {
        // Rounded to the nearest unit so that a fresh 5183999-second token reads "60 days".
        long seconds = d.getSeconds();
        if (seconds >= 2 * 86_400L) {
            return plural(Math.round(seconds / 86_400.0), "day");
        }
        if (seconds >= 2 * 3_600L) {
            return plural(Math.round(seconds / 3_600.0), "hour");
        }
        if (seconds >= 2 * 60L) {
            return plural(Math.round(seconds / 60.0), "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
