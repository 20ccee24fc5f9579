package dev.linkedinoauth.fake;

import static dev.linkedinoauth.fake.ApiAuthenticationTest.assertEnvelope;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §10 row GET /v2/me. */
@Timeout(30)
class MeEndpointTest {
    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start(FakeConfig.builder().app(FakeApp.builder().scopes(java.util.Set.of(
                "openid", "profile", "email", "w_member_social", "r_liteprofile", "r_basicprofile")).build()).build());
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void anOpenIdOnlyTokenGetsMeGetNoVersion() {
        assertEnvelope(Http.get(fake.url(LinkedInEndpoint.ME), "Authorization", "Bearer " + flow.accessToken()), 403, 100, "ACCESS_DENIED",
                "Not enough permissions to access: me.GET.NO_VERSION");
    }

    @Test
    void aLiteProfileTokenReadsTheLegacyProfile() {
        JsonNode me = Http.json(Http.get(fake.url(LinkedInEndpoint.ME), "Authorization", "Bearer " + flow.accessToken("r_liteprofile")));
        assertThat(me.get("id").asText()).isEqualTo("AbC12dEf3G");
        assertThat(me.get("localizedFirstName").asText()).isEqualTo("Ada");
        assertThat(me.get("localizedLastName").asText()).isEqualTo("Example");
        assertThat(me.at("/firstName/localized/en_US").asText()).isEqualTo("Ada");
        assertThat(me.at("/firstName/preferredLocale").toString()).isEqualTo("{\"country\":\"US\",\"language\":\"en\"}");
        assertThat(me.at("/profilePicture/displayImage").asText()).startsWith("urn:li:digitalmediaAsset:");
        assertThat(me.has("vanityName")).isFalse();
    }

    @Test
    void aBasicProfileTokenAlsoReadsHeadlineAndVanityName() {
        JsonNode me = Http.json(Http.get(fake.url(LinkedInEndpoint.ME), "Authorization", "Bearer " + flow.accessToken("r_basicprofile")));
        assertThat(me.get("vanityName").asText()).isEqualTo("ada-example");
        assertThat(me.has("localizedHeadline")).isTrue();
    }
}
