package dev.linkedinoauth.cli;

/**
 * The documented exit codes of {@code linkedin-oauth}; scripts may rely on them.
 *
 * <pre>{@code
 * int code = Main.run(args);
 * if (code == ExitCodes.NOT_LOGGED_IN) { ... }
 * }</pre>
 */
public final class ExitCodes {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** Anything unexpected (a bug, an I/O failure); {@code --verbose} shows the stack trace. */
    public static final int UNEXPECTED = 1;
    /** Usage or configuration: unknown option, missing client id, unreadable secret file, bad URL. */
    public static final int USAGE = 2;
    /** No stored token, or the stored token has expired: run {@code login}. */
    public static final int NOT_LOGGED_IN = 3;
    /** The member cancelled or denied the authorization. */
    public static final int CANCELLED = 4;
    /** LinkedIn (or the provider) answered with an error; the message says which and what to do. */
    public static final int LINKEDIN_ERROR = 5;
    /** Nothing came back in time (no callback before {@code --timeout}, or a network timeout). */
    public static final int TIMEOUT = 6;
    /** {@code probe}: at least one answer of the server differs from the contract (see the table). */
    public static final int DRIFT = 7;

    private ExitCodes() {
    }
}
