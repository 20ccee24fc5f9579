package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A facade that cannot work is refused when built, before anything is sent. */
class ConfigurationTest {
    private static LinkedInOAuth.Builder valid() {
        return LinkedInOAuth.builder().clientId("id").clientSecret(Secret.of("secret"))
                .redirectUri(URI.create("http://localhost:3000/callback"));
    }

    @Test
    void aMissingClientIdIsRefused() {
        assertThatThrownBy(() -> valid().clientId(" ").build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("client id");
    }

    @Test
    void aMissingSecretIsRefused() {
        assertThatThrownBy(() -> valid().clientSecret(new char[0]).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("client secret");
    }

    @Test
    void aMissingRedirectUriIsRefused() {
        assertThatThrownBy(() -> valid().redirectUri(null).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("redirect URI");
    }

    @Test
    void aRemoteRedirectUriNeedsThePastedAddress() {
        assertThatThrownBy(() -> valid().redirectUri(URI.create("https://app.example.com/cb")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("https://app.example.com/cb");
        valid().redirectUri(URI.create("https://app.example.com/cb")).pastedRedirects(new StringReader("")).build().close();
    }

    @Test
    void scopesWithoutOpenIdAreRefused() {
        assertThatThrownBy(() -> valid().scopes(List.of("w_member_social")).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("openid");
    }
}
