package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class EndpointsTest {

    @Test
    void productionIsLinkedIn() {
        LinkedInEndpoints p = LinkedInEndpoints.production();
        assertThat(p.authorization()).hasToString("https://www.linkedin.com/oauth/v2/authorization");
        assertThat(p.token()).hasToString("https://www.linkedin.com/oauth/v2/accessToken");
        assertThat(p.introspection()).hasToString("https://www.linkedin.com/oauth/v2/introspectToken");
        assertThat(p.revocation()).hasToString("https://www.linkedin.com/oauth/v2/revoke");
        assertThat(p.userinfo()).hasToString("https://api.linkedin.com/v2/userinfo");
        assertThat(p.jwks()).hasToString("https://www.linkedin.com/oauth/openid/jwks");
        assertThat(p.issuer()).isEqualTo("https://www.linkedin.com/oauth");
        assertThat(p.apiBase()).hasToString("https://api.linkedin.com/v2");
        assertThat(p.restBase()).hasToString("https://api.linkedin.com/rest");
    }

    @Test
    void oneBaseUrlLaysOutEveryPathLikeLinkedIn() {
        LinkedInEndpoints e = LinkedInEndpoints.forBaseUrl(URI.create("http://127.0.0.1:8080/"));
        assertThat(e.authorization()).hasToString("http://127.0.0.1:8080/oauth/v2/authorization");
        assertThat(e.userinfo()).hasToString("http://127.0.0.1:8080/v2/userinfo");
        assertThat(e.restBase()).hasToString("http://127.0.0.1:8080/rest");
        assertThat(e.issuer()).isEqualTo("http://127.0.0.1:8080/oauth");
    }

    @Test
    void theFakesDiscoveryDocumentGivesTheSameEndpointsAsItsBaseUrl() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            assertThat(LinkedInEndpoints.fromDiscovery(fake.url(LinkedInEndpoint.DISCOVERY)))
                    .isEqualTo(LinkedInEndpoints.forBaseUrl(fake.baseUrl()));
        }
    }

    @Test
    void discoveryUsesAdvertisedIntrospectionAndRevocationEndpoints() {
        String doc = "{\"issuer\":\"http://idp.test/realms/x\",\"authorization_endpoint\":\"http://idp.test/auth\","
                + "\"token_endpoint\":\"http://idp.test/token\",\"userinfo_endpoint\":\"http://idp.test/me/userinfo\","
                + "\"jwks_uri\":\"http://idp.test/certs\",\"introspection_endpoint\":\"http://idp.test/introspect\","
                + "\"revocation_endpoint\":\"http://idp.test/revoke-it\"}";
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            fake.enqueue(Outcome.status(200).body(doc).on(LinkedInEndpoint.DISCOVERY));
            LinkedInEndpoints e = LinkedInEndpoints.fromDiscovery(discovery(fake));
            assertThat(e.introspection()).hasToString("http://idp.test/introspect");
            assertThat(e.revocation()).hasToString("http://idp.test/revoke-it");
            assertThat(e.issuer()).isEqualTo("http://idp.test/realms/x");
            assertThat(e.apiBase()).hasToString("http://idp.test/me");
        }
    }

    @Test
    void aDiscoveryDocumentWithoutATokenEndpointIsAConfigurationError() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            fake.enqueue(Outcome.status(200).body("{\"issuer\":\"x\"}").on(LinkedInEndpoint.DISCOVERY));
            assertThatThrownBy(() -> LinkedInEndpoints.fromDiscovery(discovery(fake)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("token_endpoint");
        }
    }

    @Test
    void anUnreadableDiscoveryDocumentIsAConfigurationError() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            fake.enqueue(Outcome.status(404).body("text/plain", "not here").on(LinkedInEndpoint.DISCOVERY));
            assertThatThrownBy(() -> LinkedInEndpoints.fromDiscovery(discovery(fake)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("HTTP 404");
        }
    }

    private static URI discovery(FakeLinkedIn fake) {
        return fake.baseUrl().resolve(LinkedInEndpoint.DISCOVERY.path());
    }
}
