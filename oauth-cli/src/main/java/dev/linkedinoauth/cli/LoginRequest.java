package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/** Everything {@code login} resolved from options, environment and .env, before any network use. */
record LoginRequest(String clientId, Secret clientSecret, URI redirectUri, List<String> scopes,
                    EndpointOptions.Target target, BrowserChoice browser, String browserCommand, Duration timeout) {

    enum BrowserChoice {
        /** {@code $BROWSER} when set, else the desktop's browser. */
        SYSTEM,
        /** Print the URL only, and read a pasted redirect from stdin ({@code --no-browser}). */
        NONE,
        /** Follow the redirects over HTTP without a window (the demo, against the fake's automatic consent). */
        HTTP_FOLLOWER
    }
}
