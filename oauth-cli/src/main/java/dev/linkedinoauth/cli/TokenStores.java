package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.TokenStore;
import java.nio.file.Path;

/**
 * The token store the CLI uses: {@code $XDG_CONFIG_HOME/linkedin-oauth/tokens.json}, else
 * {@code ~/.config/linkedin-oauth/tokens.json} (oauth-core's default location, computed here from the
 * command's own environment so that tests and .env can point it elsewhere).
 */
final class TokenStores {

    private TokenStores() {
    }

    static Path location(Settings settings) {
        String xdg = settings.get("XDG_CONFIG_HOME").orElse(null);
        Path base;
        if (xdg != null && Path.of(xdg).isAbsolute()) {
            base = Path.of(xdg);
        } else {
            // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
            base = Path.of(settings.get("HOME").orElse(System.getProperty("user.home")), ".config");
        }
        return base.resolve("linkedin-oauth").resolve("tokens.json");
    }

    static TokenStore open(Settings settings) {
        return TokenStore.at(location(settings));
    }
}
