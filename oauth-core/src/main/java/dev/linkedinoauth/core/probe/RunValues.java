package dev.linkedinoauth.core.probe;

import dev.linkedinoauth.core.LinkedInVersion;
import dev.linkedinoauth.core.Masking;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The placeholder values of one run: the user's credentials, fresh made-up values for the error paths,
 * the versions of this month. Knows which are secret, and masks them wherever they appear in a text.
 */
final class RunValues {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    private final List<String[]> masks = new ArrayList<>();

    RunValues(ProbeTarget target, ProbeCredentials credentials, Clock clock) {
        credentials.value(Credential.CLIENT_ID).ifPresent(v -> values.put(Placeholder.CLIENT_ID, v));
        credentials.value(Credential.CLIENT_SECRET).ifPresent(v -> values.put(Placeholder.CLIENT_SECRET, v));
        credentials.value(Credential.MEMBER_TOKEN).ifPresent(v -> values.put(Placeholder.MEMBER_TOKEN, v));
        String wrongSecret = "probe" + random(12);
        values.put(Placeholder.WRONG_SECRET, wrongSecret);
        values.put(Placeholder.BOGUS_CODE, "AQ" + random(48));
        values.put(Placeholder.BOGUS_TOKEN, "AQV" + random(48));
        values.put(Placeholder.CODE_VERIFIER, random(43));
        values.put(Placeholder.UNKNOWN_CLIENT_ID, "probe" + HexFormat.of().formatHex(bytes(6)));
        credentials.value(Credential.CLIENT_ID).ifPresent(id -> values.put(Placeholder.BASIC_WRONG_SECRET, "Basic "
                + Base64.getEncoder().encodeToString((id + ":" + wrongSecret).getBytes(StandardCharsets.UTF_8))));
        values.put(Placeholder.VERSION, LinkedInVersion.recommended(clock).value());
        values.put(Placeholder.RETIRED_VERSION,
                LinkedInVersion.of(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)).minusYears(3)).value());
        values.put(Placeholder.ISSUER, target.endpoints().issuer());
        for (Map.Entry<Placeholder, String> e : values.entrySet()) {
            if (e.getKey().secret()) {
                boolean hidden = e.getKey() == Placeholder.CLIENT_SECRET || e.getKey() == Placeholder.WRONG_SECRET
                        || e.getKey() == Placeholder.BASIC_WRONG_SECRET;
                masks.add(new String[] {e.getValue(), hidden ? "[hidden]" : Masking.mask(e.getValue())});
            }
        }
        // Longest first, so a value that contains another is masked whole.
        masks.sort(Comparator.comparingInt((String[] m) -> m[0].length()).reversed());
    }

    Map<Placeholder, String> all() {
        return values;
    }

    String value(Placeholder p) {
        return values.get(p);
    }

    /** {@code text} with every placeholder filled in. */
    String fill(String text) {
        return Placeholders.fill(text, values);
    }

    /** {@code text} with only the non-secret placeholders filled in: what a shared report may show of a request. */
    String fillPublic(String text) {
        Map<Placeholder, String> open = new EnumMap<>(Placeholder.class);
        values.forEach((p, v) -> {
            if (!p.secret()) {
                open.put(p, v);
            }
        });
        return Placeholders.fill(text, open);
    }

    /** {@code text} with every secret value masked ({@code AQV…x9Q}; the client secret as {@code [hidden]}). */
    String mask(String text) {
        String out = text;
        for (String[] m : masks) {
            if (!m[0].isEmpty()) {
                out = out.replace(m[0], m[1]);
            }
        }
        return out;
    }

    private static String random(int chars) {
        String s = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(chars));
        return s.substring(0, chars);
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
