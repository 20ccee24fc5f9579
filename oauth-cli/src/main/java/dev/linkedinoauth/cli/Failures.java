package dev.linkedinoauth.cli;

/**
 * Maps every exception to the {@link Failure} the user sees. The messages come from typed exceptions
 * whose text is written for people and never carries a secret.
 */
final class Failures {

    private Failures() {
    }

    static Failure of(Throwable e) {
        if (e instanceof CliException cli) {
            return new Failure(cli.exitCode(), cli.getMessage());
        }
        return unexpected(e);
    }

    private static Failure unexpected(Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Failure(ExitCodes.UNEXPECTED,
                "unexpected error, " + e.getClass().getSimpleName() + detail + " (run with --verbose for details)");
    }
}
