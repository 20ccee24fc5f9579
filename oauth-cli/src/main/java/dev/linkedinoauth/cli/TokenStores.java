package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.TokenStore;
import java.nio.file.Path;

/**
 * The token store the CLI uses: oauth-core's default location, {@code $XDG_CONFIG_HOME/linkedin-oauth/tokens.json}
 * else {@code ~/.config/linkedin-oauth/tokens.json}, read from the command's own settings so that tests and
 * {@code .env} can point it elsewhere.
 */
final class TokenStores {

    private TokenStores() {
    }

    static Path location(Settings settings) {
        return TokenStore.defaultLocation(settings.get("XDG_CONFIG_HOME").orElse(null),
                settings.get("HOME").orElse(System.getProperty("user.home")));
    }

    static TokenStore open(Settings settings) {
        return TokenStore.at(location(settings));
    }
}
