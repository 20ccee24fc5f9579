package dev.linkedinoauth.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two help sections that concern every command alike, exit codes and environment: shown once, under the
 * root's {@code --help} and by {@code help exit-codes} / {@code help environment}, not under each command.
 */
final class HelpTopics {

    static final String EXIT_CODES = "exit-codes";
    static final String ENVIRONMENT = "environment";

    static final String EXIT_CODES_HEADING = "%nExit codes:%n";
    static final String ENVIRONMENT_HEADING =
            "%nEnvironment (also read from ./.env or --env-file; the real environment wins):%n";

    /** The line every subcommand's help ends with. */
    /** Said by every command that uses a stored token: where its client id and server come from. */
    static final String STORED_SESSION = "After 'linkedin-oauth login' the token store supplies the client id "
            + "and the server; --client-id or $LINKEDIN_CLIENT_ID and --base-url, --discovery-url or "
            + "$LINKEDIN_BASE_URL override them (a server other than the one that issued the token: exit 2).";

    /** The same for token, which reads the store only (no server to pick). */
    static final String STORED_APP = "After 'linkedin-oauth login' the token store supplies the client id; "
            + "--client-id or $LINKEDIN_CLIENT_ID picks another entry.";

    /** Said by the commands that authenticate the app: the secret's sources, first match wins. */
    static final String SECRET_SOURCES = "The client secret is never stored: --client-secret - (stdin), "
            + "--client-secret-file FILE, else $LINKEDIN_CLIENT_SECRET (environment, then .env).";

    static final String SEE_ALSO = "%nSee also 'linkedin-oauth help exit-codes' and%n"
            + "'linkedin-oauth help environment'.";

    private HelpTopics() {
    }

    static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "ok");
        codes.put("1", "unexpected error (add --verbose for the stack trace)");
        codes.put("2", "usage or configuration (missing client id, unreadable secret file, bad URL, callback port"
                + " in use, a server other than the one that issued the stored token)");
        codes.put("3", "not logged in, the token has expired, or it expires sooner than --min-valid");
        codes.put("4", "authorization cancelled or denied (or a redirect that is not from this login)");
        codes.put("5", "LinkedIn answered with an error (the message says what to do)");
        codes.put("6", "timed out (no callback before --timeout)");
        codes.put("7", "probe: an answer of the server differs from the contract (drift)");
        return codes;
    }

    static String[] environment() {
        return new String[] {
            "  LINKEDIN_CLIENT_ID      the app's Client ID (picks the token store entry)",
            "  LINKEDIN_CLIENT_SECRET  its secret (login, refresh, introspect, revoke)",
            "  LINKEDIN_REDIRECT_URI   default of --redirect-uri",
            "  LINKEDIN_BASE_URL       default of --base-url",
            "  LINKEDIN_DISCOVERY_URL  default of --discovery-url",
            "  BROWSER                 command that opens the URL (%%s is replaced by it)",
            "  DISPLAY, WAYLAND_DISPLAY  with neither (nor BROWSER), login opens no browser",
            "                          and reads the pasted address, as with --no-browser",
            "  XDG_CONFIG_HOME         token store: $XDG_CONFIG_HOME/linkedin-oauth/tokens.json",
            "                          (default ~/.config/linkedin-oauth/tokens.json)",
        };
    }
}
