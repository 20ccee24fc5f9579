package dev.linkedinoauth.cli;

/**
 * A failure the CLI itself detects, before or after talking to LinkedIn. Each subclass carries its
 * exit code; the message is the one line the user sees, so it never contains a secret.
 */
abstract sealed class CliException extends RuntimeException
        permits CliException.Config, CliException.NotLoggedIn {

    private CliException(String message, Throwable cause) {
        super(message, cause);
    }

    abstract int exitCode();

    /** Usage or configuration: missing client id, unreadable secret file, bad URL (exit 2). */
    static final class Config extends CliException {
        Config(String message) {
            super(message, null);
        }

        Config(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        int exitCode() {
            return ExitCodes.USAGE;
        }
    }

    /** No stored token, or it has expired (exit 3). */
    static final class NotLoggedIn extends CliException {
        NotLoggedIn(String message) {
            super(message, null);
        }

        @Override
        int exitCode() {
            return ExitCodes.NOT_LOGGED_IN;
        }
    }
}
