package dev.linkedinoauth.core;

import java.io.Reader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Everything a login needs, validated by {@link LinkedInOAuth.Builder#build()}: what the facade hands to
 * each {@link LoginFlow}. Package-private; users configure it through the builder.
 */
record LoginSettings(String clientId, Secret clientSecret, URI redirectUri, List<String> scopes,
                     LinkedInEndpoints endpoints, Browser browser, Duration callbackTimeout, Duration pageHold,
                     Clock clock, Consumer<String> progress, Reader pastedRedirects, boolean verifyIdToken) {
}
