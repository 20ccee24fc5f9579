package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code url(LinkedInEndpoint)}: one URL per LinkedIn endpoint, from the one table of paths. */
@Timeout(30)
class UrlTest {

    @Test
    void everySingleEndpointHasItsPathUnderTheBaseUrl() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            for (LinkedInEndpoint endpoint : LinkedInEndpoint.values()) {
                if (endpoint.path() != null) {
                    assertThat(fake.url(endpoint).toString()).isEqualTo(fake.baseUrl() + endpoint.path());
                }
            }
            assertThat(fake.url(LinkedInEndpoint.TOKEN).getPath()).isEqualTo("/oauth/v2/accessToken");
        }
    }

    @Test
    void aGroupHasNoSingleUrl() {
        try (FakeLinkedIn fake = FakeLinkedIn.start()) {
            assertThatThrownBy(() -> fake.url(LinkedInEndpoint.API)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("api has no single URL");
        }
    }
}
