package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth login}: the interactive 3-legged flow; prints and stores the token and member id. */
@Command(name = "login",
        header = "Sign in with LinkedIn in a browser; print and store the access token and member id.",
        description = "Starts a callback server on the redirect URI's port, prints the authorization URL on "
                + "stderr and opens $BROWSER (else the desktop browser; with no display it opens none and "
                + "reads the pasted redirected address, as --no-browser), waits for LinkedIn's redirect, "
                + "exchanges the code, reads the member from /v2/userinfo and saves the token (with the app, the server and "
                + "the member, so that later commands need no options) unless --no-save. The token is "
                + "shown masked unless --reveal or --json. The client secret comes from $LINKEDIN_CLIENT_SECRET, --client-secret-file or "
                + "--client-secret -.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth login                 # client id and secret from ./.env",
            "  linkedin-oauth login --client-id 86abc --client-secret-file ~/.li-secret",
            "  linkedin-oauth login --no-browser    # SSH: open the URL elsewhere, paste",
            "  linkedin-oauth login --json | jq -r .access_token",
            "  linkedin-oauth login --base-url http://127.0.0.1:8080 \\",
            "      --client-id fake-client-id --client-secret-file fake-secret.txt",
            HelpTopics.SEE_ALSO,
        })
final class LoginCommand extends BaseCommand {

    static final String DEFAULT_REDIRECT_URI = "http://localhost:3000/callback";
    static final String DEFAULT_SCOPES = "openid profile email w_member_social";

    @Mixin
    ClientIdOption clientId;

    @Mixin
    ClientSecretOptions clientSecret;

    @Option(names = "--redirect-uri", paramLabel = "URI",
            description = "Exactly as registered for the app (default: $LINKEDIN_REDIRECT_URI, "
                    + "else%n  " + DEFAULT_REDIRECT_URI + ")")
    String redirectUri;

    @Option(names = "--scope", paramLabel = "SCOPES",
            description = "Space- or comma-separated scopes (default: '" + DEFAULT_SCOPES + "').")
    String scope;

    @Mixin
    EndpointOptions endpoints;

    @Option(names = "--no-browser",
            description = "Open no browser: print the URL, and also accept the redirected address pasted on stdin "
                    + "(the default when DISPLAY, WAYLAND_DISPLAY and BROWSER are all unset).")
    boolean noBrowser;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "How long to wait for LinkedIn's redirect, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", description = "Print one JSON object, the tokens in full, instead of the table.")
    boolean json;

    @Option(names = "--reveal", description = "Show the tokens in full in the table instead of AQV…x9Q.")
    boolean reveal;

    @Option(names = "--no-save", description = "Do not write the token to the token store.")
    boolean noSave;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        Settings settings = envFile.load(env());
        LoginRequest request = new LoginRequest(
                clientId.resolve(settings),
                Secret.of(clientSecret.resolve(settings, env())),
                redirectUri(settings),
                scopes(),
                endpoints.target(settings),
                browserChoice(settings),
                settings.get("BROWSER").orElse(null),
                timeout);
        new LoginRunner(env(), this::say).login(request, noSave ? null : TokenStores.open(settings),
                json, json || reveal, out());
        return ExitCodes.OK;
    }

    /**
     * {@code --no-browser}, or the same when nothing could show a browser (SSH, a container): no display, no
     * {@code $BROWSER}. Waiting for a browser that never opens would end in a timeout.
     */
    private LoginRequest.BrowserChoice browserChoice(Settings settings) {
        if (noBrowser) {
            return LoginRequest.BrowserChoice.NONE;
        }
        if (Headless.noDisplay(settings)) {
            say("No display and no BROWSER (DISPLAY, WAYLAND_DISPLAY and BROWSER are unset): not opening a browser,"
                    + " as with --no-browser.");
            return LoginRequest.BrowserChoice.NONE;
        }
        return LoginRequest.BrowserChoice.SYSTEM;
    }

    private URI redirectUri(Settings settings) {
        if (redirectUri != null) {
            return EndpointOptions.httpUrl(redirectUri, "--redirect-uri");
        }
        return settings.get("LINKEDIN_REDIRECT_URI")
                .map(v -> EndpointOptions.httpUrl(v, "LINKEDIN_REDIRECT_URI"))
                .orElse(URI.create(DEFAULT_REDIRECT_URI));
    }

    private List<String> scopes() {
        String text = scope == null ? DEFAULT_SCOPES : scope;
        List<String> scopes = List.of(text.strip().split("[\\s,]+"));
        if (scopes.isEmpty() || scopes.get(0).isEmpty()) {
            throw new CliException.Config("--scope is empty; the default is '" + DEFAULT_SCOPES + "'");
        }
        return scopes;
    }
}
