package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeMember;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration value: defaults, builder, JSON, and the standalone jar's option/env precedence. */
class ConfigTest {
    @TempDir
    Path dir;

    @Test
    void aMemberIsBuiltFromTheDefaultsAndChangedOnlyThroughACopy() {
        FakeMember grace = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper")
                .email("grace@example.com").build();
        FakeMember french = grace.toBuilder().locale("fr_FR").build();

        assertThat(grace.locale()).isEqualTo("en_US");
        assertThat(french).isEqualTo(new FakeMember("GrH0pp3rXy", "Grace", "Hopper", "grace@example.com", null, "fr_FR"));
        assertThat(FakeMember.builder().build()).isEqualTo(FakeMember.defaults());
        assertThatThrownBy(() -> grace.toBuilder().email("no-at-sign").build()).isInstanceOf(FakeConfigException.class)
                .hasMessageContaining("has no '@'");
    }

    @Test
    void defaultsAreUsefulAtOnce() {
        FakeConfig config = FakeConfig.defaults();
        assertThat(config.host()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isZero();
        assertThat(config.consent()).isEqualTo(Consent.AUTO);
        assertThat(config.apps()).containsExactly(FakeApp.defaults());
        assertThat(FakeApp.defaults().clientId()).isEqualTo("fake-client-id");
        assertThat(FakeApp.defaults().clientSecret()).isEqualTo("fake-client-secret");
        assertThat(FakeApp.defaults().redirectUris()).containsExactly("http://localhost:3000/callback");
        assertThat(FakeApp.defaults().scopes()).containsExactly("openid", "profile", "email", "w_member_social");
        assertThat(FakeApp.defaults().refreshTokens()).isFalse();
        assertThat(FakeApp.defaults().clientCredentials()).isFalse();
        assertThat(config.defaultMember()).isEqualTo(FakeMember.defaults());
        assertThat(FakeMember.defaults().id()).isEqualTo("AbC12dEf3G");
    }

    @Test
    void addingAnAppReplacesTheDefaultApp() {
        FakeApp mine = FakeApp.builder().clientId("mine").build();
        assertThat(FakeConfig.builder().app(mine).build().apps()).containsExactly(mine);
    }

    @Test
    void withHelpersCopy() {
        FakeApp app = FakeApp.builder().redirectUris(List.of("http://localhost:54321/callback")).refreshTokens(true).build();
        assertThat(app.redirectUris()).containsExactly("http://localhost:54321/callback");
        assertThat(app.refreshTokens()).isTrue();
        assertThat(FakeApp.defaults().refreshTokens()).isFalse();
    }

    @Test
    void jsonWithEveryKeyIsRead() {
        FakeConfig config = FakeConfig.fromJson("""
                {"host":"127.0.0.1","port":0,"consent":"interactive","publicBaseUrl":"http://fake.test:8080",
                 "apps":[{"clientId":"a","clientSecret":"s","redirectUris":["http://localhost:1/cb"],
                          "scopes":["openid","profile"],"refreshTokens":true,"clientCredentials":true,"name":"My App"}],
                 "members":[{"id":"M1","givenName":"Max","familyName":"Muster","email":"max@example.com",
                             "picture":"http://localhost:1/max.png","locale":"de_DE"}]}""");
        assertThat(config.consent()).isEqualTo(Consent.INTERACTIVE);
        assertThat(config.publicBaseUrl()).isEqualTo("http://fake.test:8080");
        assertThat(config.apps()).containsExactly(new FakeApp("a", "s", List.of("http://localhost:1/cb"),
                Set.of("openid", "profile"), true, true, "My App"));
        assertThat(config.members()).containsExactly(new FakeMember("M1", "Max", "Muster", "max@example.com",
                "http://localhost:1/max.png", "de_DE"));
    }

    @Test
    void anEmptyJsonObjectIsTheDefaults() {
        assertThat(FakeConfig.fromJson("{}")).isEqualTo(FakeConfig.defaults());
    }

    @Test
    void missingAppKeysTakeTheDefaultAppsValues() {
        FakeApp app = FakeConfig.fromJson("{\"apps\":[{\"redirectUris\":[\"http://localhost:5/cb\"]}]}").apps().get(0);
        assertThat(app.clientId()).isEqualTo("fake-client-id");
        assertThat(app.scopes()).isEqualTo(FakeApp.DEFAULT_SCOPES);
    }

    @Test
    void toJsonRoundTrips() {
        FakeConfig config = FakeConfig.builder().consent(Consent.INTERACTIVE).app(FakeApp.builder().refreshTokens(true).build())
                .member(FakeMember.builder().picture("http://localhost:1/a.png").build()).publicBaseUrl("http://x.test").build();
        assertThat(FakeConfig.fromJson(config.toJson())).isEqualTo(config);
    }

    @Test
    void aTypoInAKeyIsNamed() {
        assertThatThrownBy(() -> FakeConfig.fromJson("{\"apps\":[{\"clientID\":\"x\"}]}"))
                .isInstanceOf(FakeConfigException.class).hasMessageContaining("unknown key \"apps[0].clientID\"");
    }

    @Test
    void invalidJsonIsOneLineWithThePosition() {
        assertThatThrownBy(() -> FakeConfig.fromJson("{\"consent\":")).isInstanceOf(FakeConfigException.class)
                .hasMessageStartingWith("config is not valid JSON (line 1").hasMessageNotContaining("\n");
    }

    @Test
    void duplicateClientIdsAreRefused() {
        assertThatThrownBy(() -> FakeConfig.builder().app(FakeApp.defaults()).app(FakeApp.defaults()).build())
                .hasMessage("two apps have the client id \"fake-client-id\"");
    }

    @Test
    void aRedirectUriWithAFragmentIsRefused() {
        assertThatThrownBy(() -> FakeApp.builder().redirectUri("http://localhost:3000/cb#x").build())
                .isInstanceOf(FakeConfigException.class).hasMessageContaining("fragment");
    }

    @Test
    void anInvalidMemberIdIsRefused() {
        assertThatThrownBy(() -> FakeMember.builder().id("has space").build()).isInstanceOf(FakeConfigException.class);
    }

    @Test
    void aMissingConfigFileIsNamed() {
        assertThatThrownBy(() -> FakeConfig.fromJson(dir.resolve("nope.json")))
                .hasMessage("config file not found: " + dir.resolve("nope.json"));
    }

    @Test
    void optionsOverrideEnvironmentWhichOverridesTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("c.json"), "{\"port\":1111,\"host\":\"127.0.0.1\",\"consent\":\"auto\"}");
        FakeConfig fromFile = FakeLinkedInMain.configure(List.of("--config", file.toString()), Map.of());
        assertThat(fromFile.port()).isEqualTo(1111);
        FakeConfig fromEnv = FakeLinkedInMain.configure(List.of(), Map.of("FAKE_LINKEDIN_CONFIG", file.toString(),
                "FAKE_LINKEDIN_PORT", "2222", "FAKE_LINKEDIN_CONSENT", "interactive"));
        assertThat(fromEnv.port()).isEqualTo(2222);
        assertThat(fromEnv.consent()).isEqualTo(Consent.INTERACTIVE);
        FakeConfig fromOptions = FakeLinkedInMain.configure(List.of("--port=3333", "--consent", "auto"),
                Map.of("FAKE_LINKEDIN_CONFIG", file.toString(), "FAKE_LINKEDIN_PORT", "2222"));
        assertThat(fromOptions.port()).isEqualTo(3333);
        assertThat(fromOptions.consent()).isEqualTo(Consent.AUTO);
    }

    @Test
    void badOptionsAreOneClearLineAndExitCodeTwo() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = FakeLinkedInMain.run(List.of("--prot", "1"), Map.of(), new java.io.PrintStream(out), new java.io.PrintStream(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("fake-linkedin: unknown option --prot (try --help)" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
        assertThatThrownBy(() -> FakeLinkedInMain.configure(List.of("--port", "eighty"), Map.of()))
                .hasMessage("port must be a number, not \"eighty\"");
        assertThatThrownBy(() -> FakeLinkedInMain.configure(List.of("--port"), Map.of()))
                .hasMessage("option --port needs a value");
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(FakeLinkedInMain.run(List.of("--help"), Map.of(), new java.io.PrintStream(out), System.err)).isZero();
        assertThat(out.toString()).contains("--consent", "FAKE_LINKEDIN_PORT");
    }
}
