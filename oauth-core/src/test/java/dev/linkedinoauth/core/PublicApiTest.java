package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's public API is the committed {@code api/oauth-core.api}; see CONTRIBUTING.md, "The public API files". */
class PublicApiTest {

    @Test
    void thePublicApiIsTheCommittedApiFile() throws Exception {
        String actual = ApiSignatures.of(Path.of("target/classes"), Set.of("dev.linkedinoauth.core", "dev.linkedinoauth.core.probe"));

        assertThat(actual).as("exported classes found").isNotEmpty();
        String failure = ApiSignatures.check(Path.of("api/oauth-core.api"), actual);
        assertThat(failure).as("%s", failure).isNull();
    }
}
