package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Browser;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.LinkedInOAuth;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** Runs oauth-core's login for {@code login} and {@code demo}, prints the result the same way for both. */
final class LoginRunner {

    private final CliEnvironment env;
    private final Consumer<String> progress;

    LoginRunner(CliEnvironment env, Consumer<String> progress) {
        this.env = env;
        this.progress = progress;
    }

    /**
     * @param store  where to save the token, or null not to save it
     * @param reveal print the tokens in full (always with {@code json}: a script asked for them)
     */
    LoginResult login(LoginRequest request, TokenStore store, boolean json, boolean reveal, PrintWriter out) {
        LoginResult result;
        try (LinkedInHttp http = LinkedInHttp.create()) {
            LinkedInOAuth.Builder builder = LinkedInOAuth.builder()
                    .clientId(request.clientId())
                    .clientSecret(request.clientSecret())
                    .redirectUri(request.redirectUri())
                    .scopes(request.scopes())
                    .endpoints(Endpoints.of(request.target(), http))
                    .browser(browser(request))
                    .callbackTimeout(request.timeout())
                    .clock(env.clock())
                    .progress(progress)
                    .http(http);
            if (request.browser() == LoginRequest.BrowserChoice.NONE) {
                builder.pastedRedirects(env.stdin());
            }
            try (LinkedInOAuth oauth = builder.build()) {
                result = oauth.login();
            }
        }
        TokenPrinter printer = new TokenPrinter(env.clock().instant(), json || reveal);
        TokenReport report = TokenReport.of(result);
        if (json) {
            printer.json(out, report);
        } else {
            printer.human(out, report);
        }
        // Printed before saving: if the store cannot be written, the token is still on stdout.
        if (store != null) {
            StoredToken entry = StoredToken.of(result).withOrigin(EndpointOptions.key(request.target()),
                    request.redirectUri().toString());
            // Last in the file: the current entry, which later commands use without --client-id. The app's
            // entry of the first format (server not recorded) is superseded by this one; other servers' stay.
            store.update(entries -> entries.without(request.clientId(), null).withLast(request.clientId(), entry));
            progress.accept("Saved to " + store.file() + " (entry for client id " + request.clientId() + ").");
        }
        return result;
    }

    private static Browser browser(LoginRequest request) {
        return switch (request.browser()) {
            case NONE -> Browser.printOnly();
            case HTTP_FOLLOWER -> Browser.httpFollower();
            case SYSTEM -> request.browserCommand() != null
                    ? Browser.command(request.browserCommand())
                    : Browser.system();
        };
    }
}
