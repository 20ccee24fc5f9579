package dev.linkedinoauth.fake.model;

import java.util.Locale;

/**
 * How the fake answers the authorization endpoint.
 *
 * <pre>{@code
 * FakeConfig config = FakeConfig.builder().consent(Consent.INTERACTIVE).build();
 * }</pre>
 */
public enum Consent {
    /** Redirect back at once with a code, signed in as the first configured member. */
    AUTO,
    /** Show a sign-in page and a consent page; a person (or Selenium) chooses Allow or Cancel. */
    INTERACTIVE;

    /** Parses {@code auto} or {@code interactive}, in any case. */
    public static Consent parse(String value) {
        if (value != null) {
            for (Consent consent : values()) {
                if (consent.name().equalsIgnoreCase(value.trim())) {
                    return consent;
                }
            }
        }
        throw new FakeConfigException("consent must be auto or interactive, not \"" + value + "\"");
    }

    /** The lower-case name used in JSON and on the command line. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
