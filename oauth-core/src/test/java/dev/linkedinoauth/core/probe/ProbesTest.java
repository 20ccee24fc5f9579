package dev.linkedinoauth.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The probe list itself: cited, unique, safe by construction. */
class ProbesTest {

    @Test
    void idsAreUniqueAndEachCitesAContractSection() {
        List<String> ids = Probes.all().stream().map(Probe::id).toList();

        assertThat(ids).doesNotHaveDuplicates();
        assertThat(Probes.all()).allSatisfy(p -> assertThat(p.section()).matches("(2|3|4|5|6|7)\\.\\d"));
    }

    @Test
    void noDefaultProbeIsMutatingAndEveryPostsProbeSendsAnEmptyObject() {
        assertThat(Probes.all()).noneMatch(Probe::mutating);
        assertThat(Probes.all()).filteredOn(p -> p.request().endpoint() == ProbeEndpoint.POSTS).hasSize(5)
                .allSatisfy(p -> assertThat(p.request().json()).isEqualTo("{}"));
    }

    @Test
    void noProbeExchangesARealCodeOrUsesTheTokenOutsideReadsAndRefusals() {
        assertThat(Probes.all()).filteredOn(p -> p.request().endpoint() == ProbeEndpoint.TOKEN)
                .allSatisfy(p -> assertThat(p.request().form().getOrDefault("code", "{bogus_code}")).isEqualTo("{bogus_code}"))
                .allSatisfy(p -> assertThat(p.expectation().status()).isGreaterThanOrEqualTo(400));
    }

    @Test
    void needsFollowFromThePlaceholders() {
        assertThat(Probes.byId("3.5-token-bogus-code").orElseThrow().needs())
                .containsExactlyInAnyOrder(Credential.CLIENT_ID, Credential.CLIENT_SECRET);
        assertThat(Probes.byId("6.2-userinfo-no-token").orElseThrow().needs()).isEmpty();
        assertThat(Probes.byId("5.3-userinfo").orElseThrow().needs()).containsExactly(Credential.MEMBER_TOKEN);
    }

    @Test
    void anIdWithoutASectionIsRefused() {
        assertThatThrownBy(() -> Probe.of("token-bogus", "t", ProbeRequest.get(ProbeEndpoint.JWKS), Expectation.status(200)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SECTION-words");
    }

    @Test
    void credentialsNeverShowTheSecretOrTheWholeToken() {
        String token = "AQVabcdefghijklmnopqrstuvwxyz0123456789";
        String text = ProbeCredentials.of("id", "s3cr3t-value", token, List.of("openid")).toString();

        assertThat(text).doesNotContain("s3cr3t-value", token).contains("[hidden]", "AQV…789");
    }
}
