package dev.linkedinoauth.core.probe;

/**
 * What a probe's request needs from the user; a probe whose needs are not met is skipped, never sent with a
 * stand-in. Requests name these through {@link Placeholder}s.
 */
public enum Credential {
    /** The app's Client ID (not secret). */
    CLIENT_ID("no client id given"),
    /** The app's Client Secret. */
    CLIENT_SECRET("no client secret given"),
    /** The member's access token, from {@code login}. */
    MEMBER_TOKEN("no member token (log in first)");

    private final String missing;

    Credential(String missing) {
        this.missing = missing;
    }

    /** Why a probe is skipped when this is missing. */
    String missingReason() {
        return missing;
    }
}
