package dev.linkedinoauth.core.probe;

/** How a probe's answer compares with the contract. */
public enum Verdict {
    /** The answer is what the contract says. */
    MATCH,
    /** The answer differs: the contract (and the fake) may need to change. */
    DRIFT,
    /** Not sent: a credential or scope is missing, it is mutating, or the run stopped (429, no answer). */
    SKIPPED;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
