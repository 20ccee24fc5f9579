package dev.linkedinoauth.core;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value of the {@code LinkedIn-Version} header of the versioned API ({@code /rest/...}): a monthly
 * release {@code YYYYMM}, optionally with a revision {@code YYYYMM.RR}. LinkedIn keeps each release active
 * for about a year, then answers 426 {@code NONEXISTENT_VERSION}.
 *
 * <pre>{@code
 * LinkedInVersion pinned = LinkedInVersion.of("202601");
 * LinkedInVersion sliding = LinkedInVersion.recommended(Clock.systemUTC());   // two months back
 * }</pre>
 *
 * @param value the header value, e.g. {@code 202601} or {@code 202601.01}
 */
public record LinkedInVersion(String value) {
    /**
     * How far behind the current month {@link #recommended(Clock)} stays. A constant would age out within a
     * year (the 426 that breaks integrations which hard-coded one); the current month may not be released
     * yet early in the month; two months back is always released and still has ten months of life, and it
     * slides along with the clock, so it never ages out.
     */
    public static final int MONTHS_BEHIND = 2;

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])(?:\\.\\d{2})?");

    /** @throws ConfigurationException when the value is not {@code YYYYMM} or {@code YYYYMM.RR} */
    public LinkedInVersion {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (!FORMAT.matcher(value).matches()) {
            throw new ConfigurationException("A LinkedIn-Version is YYYYMM or YYYYMM.RR (e.g. 202601), not \""
                    + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"");
        }
    }

    public static LinkedInVersion of(String value) {
        return new LinkedInVersion(value);
    }

    /** The release {@value #MONTHS_BEHIND} months before the current UTC month of {@code clock}. */
    public static LinkedInVersion recommended(Clock clock) {
        YearMonth month = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusMonths(MONTHS_BEHIND);
        return of(month);
    }

    public static LinkedInVersion of(YearMonth month) {
        return new LinkedInVersion(String.format("%04d%02d", month.getYear(), month.getMonthValue()));
    }

    /** The release month. */
    public YearMonth month() {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Override
    public String toString() {
        return value;
    }
}
