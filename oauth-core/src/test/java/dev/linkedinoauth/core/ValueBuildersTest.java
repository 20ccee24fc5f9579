package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Core's configurable values are built one way: immutable, changed through {@code toBuilder()}. */
class ValueBuildersTest {

    @Test
    void endpointsChangeOneUrlThroughToBuilderAndKeepTheRest() {
        LinkedInEndpoints production = LinkedInEndpoints.production();
        assertThat(production.toBuilder().build()).isEqualTo(production);
        LinkedInEndpoints oldIssuer = production.toBuilder().issuer("https://www.linkedin.com").build();
        assertThat(oldIssuer.issuer()).isEqualTo("https://www.linkedin.com");
        assertThat(oldIssuer.token()).isEqualTo(production.token());
        assertThat(production.issuer()).isEqualTo(LinkedInEndpoints.LINKEDIN_ISSUER);
        assertThatThrownBy(() -> production.toBuilder().token(null).build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("token");
        URI introspect = URI.create("http://idp.test/introspect");
        assertThat(production.toBuilder().introspection(introspect).build().introspection()).isEqualTo(introspect);
    }

    @Test
    void aStoredTokenIsBuiltAndCopiedWithTheSameFields() {
        StoredToken built = StoredToken.builder("AQVaccess").expiresAt(Instant.parse("2026-03-01T10:00:00Z"))
                .scopes(List.of("openid", "profile")).refreshToken("AQXrefresh")
                .refreshExpiresAt(Instant.parse("2027-01-01T00:00:00Z")).memberId("AbC12dEf3G").memberName("Ada").build();
        assertThat(built).isEqualTo(new StoredToken("AQVaccess", Instant.parse("2026-03-01T10:00:00Z"),
                List.of("openid", "profile"), "AQXrefresh", Instant.parse("2027-01-01T00:00:00Z"), "AbC12dEf3G", "Ada"));
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(built.toBuilder().memberName("Ada Example").build().memberName()).isEqualTo("Ada Example");
        assertThat(StoredToken.builder("AQVonly").build().scopes()).isEmpty();
    }

    @Test
    void aPostIsCopiedThroughToBuilder() {
        Post post = Post.builder("Hello").raw(true).author("urn:li:organization:123")
                .visibility(Post.Visibility.CONNECTIONS).build();
        assertThat(post.toBuilder().build()).isEqualTo(post);
        assertThat(post.toBuilder().text("Bye").build()).isEqualTo(new Post("Bye", true, "urn:li:organization:123",
                Post.Visibility.CONNECTIONS));
    }

    @Test
    void anHttpClientsSettingsCarryOverToAnother() {
        try (LinkedInHttp http = LinkedInHttp.builder().maxRetries(1).build();
             LinkedInHttp other = http.toBuilder().responseTimeout(java.time.Duration.ofSeconds(5)).build()) {
            assertThat(other.maxRetries()).isEqualTo(1);
            assertThat(other.responseTimeout()).hasSeconds(5);
            assertThat(http.responseTimeout()).hasSeconds(30);
        }
    }
}
