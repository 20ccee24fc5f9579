package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.AuthorizationDeniedException;
import dev.linkedinoauth.core.CallbackTimeoutException;
import dev.linkedinoauth.core.ConfigurationException;
import dev.linkedinoauth.core.IdTokenException;
import dev.linkedinoauth.core.ImageException;
import dev.linkedinoauth.core.LinkedInApiException;
import dev.linkedinoauth.core.LinkedInConnectionException;
import dev.linkedinoauth.core.LinkedInException;
import dev.linkedinoauth.core.PortInUseException;
import dev.linkedinoauth.core.StateMismatchException;
import dev.linkedinoauth.core.TokenStoreException;
import picocli.CommandLine;

/**
 * Maps every exception to the {@link Failure} the user sees: the library's one-line message (written
 * for people, never carrying a secret), plus what to do about it, and the documented exit code.
 * oauth-core classes are referenced only here, and this class is loaded only when a command fails.
 */
final class Failures {

    private Failures() {
    }

    static Failure of(Throwable e) {
        return of(e, "");
    }

    /** @param command the subcommand that failed ({@code login}, {@code introspect}, ...): some hints depend on it */
    static Failure of(Throwable e, String command) {
        if (e instanceof CliException cli) {
            return new Failure(cli.exitCode(), cli.getMessage());
        }
        if (e instanceof CommandLine.ParameterException) {
            return new Failure(ExitCodes.USAGE, e.getMessage());
        }
        if (e instanceof LinkedInException linkedIn) {
            return ofLinkedIn(linkedIn, command);
        }
        return unexpected(e);
    }

    private static Failure ofLinkedIn(LinkedInException e, String command) {
        String message = e.getMessage();
        if (e instanceof ConfigurationException || e instanceof PortInUseException) {
            return new Failure(ExitCodes.USAGE, message);
        }
        if (e instanceof CallbackTimeoutException) {
            return new Failure(ExitCodes.TIMEOUT, hinted(message, "finish signing in within --timeout;"
                    + " if LinkedIn showed \"redirect_uri does not match the registered value\", add the exact"
                    + " --redirect-uri to the app's Authorized redirect URLs (Developer Portal, Auth tab)"));
        }
        if (e instanceof AuthorizationDeniedException denied) {
            return ofDenied(denied);
        }
        if (e instanceof StateMismatchException) {
            return new Failure(ExitCodes.CANCELLED, hinted(message, "the redirect did not come from this login; run login again"));
        }
        if (e instanceof LinkedInApiException api) {
            return ofApi(api, command);
        }
        if (e instanceof ImageException image) {
            // A file LinkedIn would refuse is found before anything is sent: bad input, like a bad option.
            return new Failure(image.kind().isFileProblem() ? ExitCodes.USAGE : ExitCodes.LINKEDIN_ERROR, message);
        }
        if (e instanceof IdTokenException) {
            return new Failure(ExitCodes.LINKEDIN_ERROR, hinted(message,
                    "check --discovery-url/--base-url point at the provider that issued the token"));
        }
        if (e instanceof LinkedInConnectionException) {
            boolean timedOut = hasCause(e, java.net.SocketTimeoutException.class)
                    || hasCause(e, java.util.concurrent.TimeoutException.class);
            return new Failure(timedOut ? ExitCodes.TIMEOUT : ExitCodes.UNEXPECTED, hinted(message,
                    "check the network and --base-url/--discovery-url"));
        }
        if (e instanceof TokenStoreException) {
            return new Failure(ExitCodes.UNEXPECTED, message);
        }
        return new Failure(ExitCodes.UNEXPECTED, message);
    }

    private static Failure ofDenied(AuthorizationDeniedException e) {
        if (e.isCancelled()) {
            return new Failure(ExitCodes.CANCELLED, hinted(e.getMessage(), "run login again and choose Allow"));
        }
        if ("unauthorized_scope_error".equals(e.error())) {
            return new Failure(ExitCodes.LINKEDIN_ERROR, hinted(e.getMessage(), "add the product that grants"
                    + " the scope to the app (Developer Portal, Products tab: \"Sign In with LinkedIn using OpenID"
                    + " Connect\" for openid/profile/email, \"Share on LinkedIn\" for w_member_social),"
                    + " or ask for fewer scopes with --scope"));
        }
        return new Failure(ExitCodes.CANCELLED, e.getMessage());
    }

    private static Failure ofApi(LinkedInApiException e, String command) {
        String hint = switch (e.kind()) {
            case INVALID_CLIENT -> "check the client id and the client secret"
                    + " (Developer Portal, Auth tab, Application credentials)";
            case INVALID_GRANT -> command.equals("login")
                    ? "run login again; the redirect URI must be exactly the registered one"
                            + " and a code can be used once, within 30 minutes"
                    : "run linkedin-oauth login";
            case INVALID_REQUEST -> switch (command) {
                case "login" -> "check --redirect-uri is exactly one of the app's Authorized redirect URLs";
                case "introspect" -> "the token is not one LinkedIn issued for this app, or it is malformed";
                default -> "run with --verbose for details";
            };
            case ACCESS_DENIED -> command.equals("post")
                    ? "log in again with the w_member_social scope (linkedin-oauth login; the app needs the \"Share on"
                            + " LinkedIn\" product); posting --as an organization also needs w_organization_social"
                            + " and a role on its page"
                    : "the app or token lacks a scope: add the product in the Developer Portal"
                            + " (Products tab) and log in again with that scope";
            case DUPLICATE_POST -> "change the text";
            case VERSION_NOT_ACTIVE -> "pass --linkedin-version YYYYMM with a month from the last twelve, e.g. "
                    + dev.linkedinoauth.core.LinkedInVersion.recommended(java.time.Clock.systemUTC())
                    + ", or leave the option out for that default";
            case TOKEN_INVALID, TOKEN_EXPIRED, TOKEN_REVOKED -> "run linkedin-oauth login";
            case RATE_LIMITED -> "LinkedIn's daily quota is used up (posting: 150 per member per day);"
                    + " try again after 00:00 UTC";
            case SERVER_ERROR -> "LinkedIn is failing; try again later";
            case OTHER -> "run with --verbose for details";
        };
        int code = e.kind().needsNewLogin() && e.kind() != LinkedInApiException.Kind.INVALID_GRANT
                ? ExitCodes.NOT_LOGGED_IN : ExitCodes.LINKEDIN_ERROR;
        return new Failure(code, hinted(e.getMessage(), hint));
    }

    /** "message. What to do: hint", with one full stop however the message ended (never "again.. What"). */
    static String hinted(String message, String hint) {
        String text = message == null ? "" : message.strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text + ". What to do: " + hint;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Failure unexpected(Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
        return new Failure(ExitCodes.UNEXPECTED,
                "unexpected error, " + e.getClass().getSimpleName() + detail + " (run with --verbose for details)");
    }
}
