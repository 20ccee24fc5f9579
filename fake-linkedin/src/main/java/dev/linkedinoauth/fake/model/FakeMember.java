package dev.linkedinoauth.fake.model;

import java.util.regex.Pattern;

/**
 * A LinkedIn member the fake can sign in. The first configured member is the one {@link Consent#AUTO}
 * signs in.
 *
 * <pre>{@code
 * FakeMember grace = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper")
 *         .email("grace@example.com").build();
 * FakeConfig config = FakeConfig.builder().member(grace).build();
 * }</pre>
 *
 * @param id        the member id ({@code sub} in OpenID, the {@code id} of {@code urn:li:person:id})
 * @param picture   an absolute picture URL, or {@code null} to serve an SVG avatar from the fake itself
 * @param locale    a {@code language_COUNTRY} locale such as {@code en_US}
 */
public record FakeMember(String id, String givenName, String familyName, String email, String picture,
                         String locale) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}_[A-Z]{2}");

    public FakeMember {
        if (id == null || !ID.matcher(id).matches()) {
            throw new FakeConfigException("member id must be 1-64 letters, digits, '-' or '_', not \"" + id + "\"");
        }
        givenName = required(givenName, "givenName", id);
        familyName = required(familyName, "familyName", id);
        email = required(email, "email", id);
        if (!email.contains("@")) {
            throw new FakeConfigException("member " + id + ": email \"" + email + "\" has no '@'");
        }
        if (picture != null && picture.isBlank()) {
            picture = null;
        }
        if (locale == null || locale.isBlank()) {
            locale = "en_US";
        }
        if (!LOCALE.matcher(locale).matches()) {
            throw new FakeConfigException("member " + id + ": locale must look like en_US, not \"" + locale + "\"");
        }
    }

    /** Ada Example, id {@code AbC12dEf3G}, {@code ada@example.com}, {@code en_US}. */
    public static FakeMember defaults() {
        return new FakeMember("AbC12dEf3G", "Ada", "Example", "ada@example.com", null, "en_US");
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** A builder starting from this member. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Given and family name separated by a space, as LinkedIn's {@code name} claim. */
    public String name() {
        return givenName + " " + familyName;
    }

    /** The member's person URN, {@code urn:li:person:<id>}. */
    public String personUrn() {
        return "urn:li:person:" + id;
    }

    /** The language of {@link #locale()}, such as {@code en} for {@code en_US}. */
    public String language() {
        return locale.substring(0, locale.indexOf('_'));
    }

    /** The country of {@link #locale()}, such as {@code US} for {@code en_US}. */
    public String country() {
        return locale.substring(locale.indexOf('_') + 1);
    }

    private static String required(String value, String field, String id) {
        if (value == null || value.isBlank()) {
            throw new FakeConfigException("member " + id + ": " + field + " is required");
        }
        return value;
    }

    /**
     * Builds a member; {@link #build()} checks it (id, names, email, locale) and throws
     * {@link FakeConfigException} naming the problem.
     *
     * <pre>{@code
     * FakeMember grace = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").build();
     * FakeMember french = grace.toBuilder().locale("fr_FR").build();
     * }</pre>
     */
    public static final class Builder {
        private String id;
        private String givenName;
        private String familyName;
        private String email;
        private String picture;
        private String locale;

        private Builder(FakeMember from) {
            id = from.id;
            givenName = from.givenName;
            familyName = from.familyName;
            email = from.email;
            picture = from.picture;
            locale = from.locale;
        }

        public Builder id(String value) {
            id = value;
            return this;
        }

        public Builder givenName(String value) {
            givenName = value;
            return this;
        }

        public Builder familyName(String value) {
            familyName = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        /** An absolute picture URL, or {@code null} to serve an SVG avatar from the fake itself. */
        public Builder picture(String value) {
            picture = value;
            return this;
        }

        /** A {@code language_COUNTRY} locale such as {@code en_US}. */
        public Builder locale(String value) {
            locale = value;
            return this;
        }

        public FakeMember build() {
            return new FakeMember(id, givenName, familyName, email, picture, locale);
        }
    }
}
