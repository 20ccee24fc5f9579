package dev.linkedinoauth.fake;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** LinkedIn-Version values relative to today, so the tests never age out. */
final class Versions {
    private static final DateTimeFormatter YYYYMM = DateTimeFormatter.ofPattern("yyyyMM");

    private Versions() {
    }

    static String current() {
        return monthsAgo(1);
    }

    static String monthsAgo(int months) {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(months).format(YYYYMM);
    }
}
