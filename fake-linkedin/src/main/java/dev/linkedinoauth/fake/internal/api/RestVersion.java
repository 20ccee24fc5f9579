package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Html;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code LinkedIn-Version} check every {@code /rest/*} call makes: present (else 400), well-formed
 * {@code YYYYMM} or {@code YYYYMM.RR} (else 400), active (else 426). Versions stay active for a year: from 12
 * months before the fake's current month up to that month.
 */
sealed interface RestVersion {
    Pattern VERSION = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])(?:\\.(\\d{2}))?");

    /** An active version, as LinkedIn echoes it in messages: {@code YYYYMM01}. */
    record Active(String echoed) implements RestVersion {
    }

    record Refused(FakeResponse response) implements RestVersion {
    }

    static RestVersion of(FakeRequest request, FakeContext context) {
        String version = request.header("LinkedIn-Version");
        if (version == null || version.isBlank()) {
            return new Refused(RestErrors.error(400, null, "VERSION_MISSING",
                    "A version must be present. Please specify a version by adding the LinkedIn-Version header."));
        }
        Matcher matcher = VERSION.matcher(version.trim());
        if (!matcher.matches()) {
            return new Refused(RestErrors.error(400, null, "INVALID_VERSION", "Invalid LinkedIn-Version \""
                    + Html.truncate(version, 40) + "\": expected YYYYMM or YYYYMM.RR"));
        }
        String echoed = matcher.group(1) + matcher.group(2) + "01";
        YearMonth asked = YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        YearMonth now = YearMonth.from(context.now().atZone(ZoneOffset.UTC));
        if (asked.isAfter(now) || asked.isBefore(now.minusMonths(12))) {
            return new Refused(RestErrors.nonexistentVersion(echoed));
        }
        return new Active(echoed);
    }
}
