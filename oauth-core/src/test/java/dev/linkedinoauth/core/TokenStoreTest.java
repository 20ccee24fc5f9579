package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token file: owner-only permissions, atomic replacement, corrupt files reported and kept. */
class TokenStoreTest {
    private static final StoredToken ADA = new StoredToken("AQVfirst-access-token", Instant.parse("2026-03-01T10:00:00Z"),
            List.of("openid", "profile", "w_member_social"), null, null, "AbC12dEf3G", "Ada Example");
    private static final StoredToken ADA_LATER = new StoredToken("AQVsecond-access-token",
            Instant.parse("2026-05-01T10:00:00Z"), List.of("openid"), "AQXrefresh-token-value",
            Instant.parse("2027-01-01T00:00:00Z"), "AbC12dEf3G", "Ada Example");

    @TempDir
    Path tmp;

    private Path file() {
        return tmp.resolve("config").resolve("linkedin-oauth").resolve("tokens.json");
    }

    @Test
    void aSavedTokenLoadsBackPerClientId() {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        store.save("app-2", ADA_LATER);
        assertThat(store.load("app-1")).contains(ADA);
        assertThat(store.load("app-2")).contains(ADA_LATER);
        assertThat(TokenStore.at(file()).load("app-3")).isEmpty();
    }

    @Test
    void noFileMeansNoToken() {
        assertThat(TokenStore.at(file()).load("app-1")).isEmpty();
        assertThat(Files.exists(file())).isFalse();
    }

    @Test
    void theFileIsOwnerOnlyInAnOwnerOnlyFolder() throws IOException {
        TokenStore.at(file()).save("app-1", ADA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
    }

    @Test
    void theStoresOwnFolderIsTightenedIfItWasOpen() throws IOException {
        Files.createDirectories(file().getParent());
        Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));
        new TokenStore(file(), true, OutputStream::write).save("app-1", ADA);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aSaveReplacesTheFileByRenameNotInPlace() throws IOException {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        Object before = Files.getAttribute(file(), "unix:ino");
        store.save("app-1", ADA_LATER);
        assertThat(Files.getAttribute(file(), "unix:ino")).isNotEqualTo(before);
        assertThat(store.load("app-1")).contains(ADA_LATER);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileIntactAndNoTempFile() throws IOException {
        TokenStore.at(file()).save("app-1", ADA);
        byte[] before = Files.readAllBytes(file());
        TokenStore failing = new TokenStore(file(), false, (out, content) -> {
            out.write(content, 0, content.length / 2);
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> failing.save("app-1", ADA_LATER))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("disk full").hasMessageContaining(file().toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactly(file());
        }
    }

    @Test
    void aCorruptFileIsReportedByNameAndNeverOverwritten() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"tokens\": {\"app-1\": ");
        TokenStore store = TokenStore.at(file());
        assertThatThrownBy(() -> store.load("app-1"))
                .isInstanceOfSatisfying(TokenStoreException.class, e -> assertThat(e.file()).isEqualTo(file()))
                .hasMessageContaining(file().toString()).hasMessageContaining("corrupt");
        assertThatThrownBy(() -> store.save("app-1", ADA)).isInstanceOf(TokenStoreException.class);
        assertThat(Files.readString(file())).isEqualTo("{\"tokens\": {\"app-1\": ");
    }

    @Test
    void anEntryWithoutAccessTokenIsCorrupt() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "{\"format\":\"linkedin-oauth tokens v1\",\"tokens\":{\"app-1\":{\"scope\":\"openid\"}}}");
        assertThatThrownBy(() -> TokenStore.at(file()).load("app-1")).isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("access_token");
    }

    @Test
    void removeDeletesOnlyThatClientsEntry() {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        store.save("app-2", ADA_LATER);
        assertThat(store.remove("app-1")).isTrue();
        assertThat(store.remove("app-1")).isFalse();
        assertThat(store.load("app-1")).isEmpty();
        assertThat(store.load("app-2")).contains(ADA_LATER);
    }

    @Test
    void theFileIsReadableJsonWithAbsoluteExpiry() throws IOException {
        TokenStore.at(file()).save("app-1", ADA_LATER);
        String json = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"format\" : \"linkedin-oauth tokens v1\"")
                .contains("\"expires_at\" : \"2026-05-01T10:00:00Z\"")
                .contains("\"refresh_token_expires_at\" : \"2027-01-01T00:00:00Z\"")
                .contains("\"member_id\" : \"AbC12dEf3G\"");
    }

    @Test
    void theDefaultLocationFollowsXdgConfigHomeElseDotConfig() {
        assertThat(TokenStore.defaultLocation("/xdg", "/home/ada"))
                .isEqualTo(Paths.get("/xdg/linkedin-oauth/tokens.json"));
        assertThat(TokenStore.defaultLocation(null, "/home/ada"))
                .isEqualTo(Paths.get("/home/ada/.config/linkedin-oauth/tokens.json"));
        assertThat(TokenStore.defaultLocation("relative/dir", "/home/ada"))
                .isEqualTo(Paths.get("/home/ada/.config/linkedin-oauth/tokens.json"));
    }
}
