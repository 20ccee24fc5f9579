package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code login --discovery-url} against an OpenID provider that is not LinkedIn-shaped and not ours
 * (navikt's mock-oauth2-server): other endpoint paths, a JWT access token, space-separated scopes,
 * an issuer unlike LinkedIn's.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IndependentProviderTest {

    @TempDir
    Path dir;

    private final MockOAuth2Server provider = new MockOAuth2Server();

    @BeforeEach
    void start() {
        provider.start(InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() {
        provider.shutdown();
    }

    private CliRunner runner() {
        return new CliRunner(dir)
                .env("LINKEDIN_CLIENT_ID", "some-client")
                .env("LINKEDIN_CLIENT_SECRET", "some-secret")
                .env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .env("BROWSER", FakeFixture.followerBrowser(dir).toString());
    }

    @Test
    void loginThroughTheProvidersDiscoveryDocument() throws Exception {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "grace-42", "JWT", List.of("some-client"),
                Map.of("name", "Grace Hopper", "email", "grace@example.com")));

        var result = runner().run("login", "--json", "--scope", "openid profile email",
                "--redirect-uri", "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback",
                "--discovery-url", provider.wellKnownUrl("default").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertThat(json.get("member_id").asText()).isEqualTo("grace-42");
        assertThat(json.get("name").asText()).isEqualTo("Grace Hopper");
        assertThat(json.get("access_token").asText()).isNotBlank();
    }

    @Test
    void whoamiAsksTheProvidersUserinfoWithTheStoredToken() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("default", "grace-42", "JWT", List.of("some-client"),
                Map.of("name", "Grace Hopper")));
        String discovery = provider.wellKnownUrl("default").toString();
        var login = runner().run("login", "--scope", "openid profile",
                "--redirect-uri", "http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback", "--discovery-url", discovery);

        var whoami = runner().run("whoami", "--discovery-url", discovery);

        assertThat(login.exitCode()).as(login.toString()).isZero();
        assertThat(whoami.exitCode()).as(whoami.toString()).isZero();
        assertThat(whoami.out()).contains("member id     grace-42");
    }
}
