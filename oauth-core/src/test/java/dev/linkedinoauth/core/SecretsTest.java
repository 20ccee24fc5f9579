package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Secrets stay out of everything printable. */
class SecretsTest {

    @Test
    void aSecretNeverPrintsItself() {
        Secret s = Secret.of("super-secret-value".toCharArray());
        assertThat(s.toString()).doesNotContain("super");
        assertThat(s.reveal()).isEqualTo("super-secret-value");
    }

    @Test
    void storedTokensPrintMasked() {
        StoredToken t = new StoredToken("AQVaccessaccessaccessX9Q", Instant.EPOCH, List.of("openid"),
                "AQXrefreshrefreshrefreshR1R", null, "AbC12dEf3G", "Ada Example");
        assertThat(t.toString()).contains("AQV…X9Q").contains("AQX…R1R")
                .doesNotContain("accessaccess").doesNotContain("refreshrefresh");
    }

    @Test
    void shortTokensAreMaskedEntirely() {
        assertThat(Masking.mask("abcdef")).isEqualTo("…");
    }
}
