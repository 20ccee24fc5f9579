package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module's public API is the committed {@code api/oauth-cli.api}; see CONTRIBUTING.md, "The public API files". */
class PublicApiTest {

    @Test
    void thePublicApiIsTheCommittedApiFile() throws Exception {
        String actual = ApiSignatures.of(Path.of("target/classes"), Set.of("dev.linkedinoauth.cli"));

        assertThat(actual).as("exported classes found").isNotEmpty();
        String failure = ApiSignatures.check(Path.of("api/oauth-cli.api"), actual);
        assertThat(failure).as("%s", failure).isNull();
    }
}
