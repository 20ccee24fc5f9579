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
                + "stderr and opens $BROWSER (else the desktop browser), waits for LinkedIn's redirect, "
                + "exchanges the code, reads the member from /v2/userinfo and saves the token unless "
                + "--no-save. The client secret comes from $LINKEDIN_CLIENT_SECRET, --client-secret-file or "
                + "--client-secret -.",
        footerHeading = "%nEnvironment (also read from ./.env or --env-file; the real environment wins):%n",
        footer = {
            "  LINKEDIN_CLIENT_ID, LINKEDIN_CLIENT_SECRET, LINKEDIN_REDIRECT_URI,",
            "  LINKEDIN_BASE_URL, LINKEDIN_DISCOVERY_URL   defaults for the options above",
            "  BROWSER           command that opens the URL (%%s is replaced by it)",
            "  XDG_CONFIG_HOME   token store: $XDG_CONFIG_HOME/linkedin-oauth/tokens.json",
            "                    (default ~/.config/linkedin-oauth/tokens.json)",
        })
final class LoginCommand extends BaseCommand {

    static final String DEFAULT_REDIRECT_URI = "http://localhost:3000/callback";
    static final String DEFAULT_SCOPES = "openid profile email w_member_social";

    @Mixin
    ClientIdOption clientId;

    @Mixin
    ClientSecretOptions clientSecret;

    @Option(names = "--redirect-uri", paramLabel = "URI",
            description = "Exactly as registered for the app (default: $LINKEDIN_REDIRECT_URI, else "
                    + DEFAULT_REDIRECT_URI + ").")
    String redirectUri;

    @Option(names = "--scope", paramLabel = "SCOPES",
            description = "Space- or comma-separated scopes (default: '" + DEFAULT_SCOPES + "').")
    String scope;

    @Mixin
    EndpointOptions endpoints;

    @Option(names = "--no-browser",
            description = "Open no browser: print the URL, and also accept the redirected address pasted on stdin.")
    boolean noBrowser;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = DurationConverter.class,
            description = "How long to wait for LinkedIn's redirect, e.g. 90s, 5m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

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
                noBrowser ? LoginRequest.BrowserChoice.NONE : LoginRequest.BrowserChoice.SYSTEM,
                settings.get("BROWSER").orElse(null),
                timeout);
        new LoginRunner(env(), this::say).login(request, noSave ? null : TokenStores.open(settings),
                json, out());
        return ExitCodes.OK;
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
