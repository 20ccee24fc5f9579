package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
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
    void anOpenFolderOfOursIsTightenedOnTheFirstSave() throws IOException {
        for (String open : List.of("rwxr-xr-x", "rwxrwxrwx")) {
            Files.createDirectories(file().getParent());
            Files.setPosixFilePermissions(file().getParent(), PosixFilePermissions.fromString(open));
            TokenStore.at(file()).save("app-1", ADA);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file().getParent())))
                    .as("was " + open).isEqualTo("rwx------");
        }
    }

    @Test
    void aFolderThatCannotBeMadePrivateIsRefusedWithItsNameAndMode() {
        // /proc/1 is r-xr-xr-x and no one, not even root, may change it: the nearest thing to "not ours".
        Path foreign = Paths.get("/proc/1/tokens.json");
        assertThatThrownBy(() -> TokenStore.at(foreign).save("app-1", ADA))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("/proc/1").hasMessageContaining("r-xr-xr-x").hasMessageContaining("0700");
    }

    @Test
    void staleTempFilesOfTheStoreGoOnTheNextSaveOthersStay() throws IOException {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        Path stale = file().resolveSibling(".tokens.json.8123456789012345678.tmp");
        Files.writeString(stale, "{\"tokens\":{\"app-1\":{\"access_token\":\"AQVleaked\"}}}");
        Path notOurs = file().resolveSibling(".tokens.json.bak.tmp");
        Files.writeString(notOurs, "keep");
        store.save("app-2", ADA_LATER);
        assertThat(stale).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(store.load("app-1")).contains(ADA);
    }

    @Test
    void threadsOfOneProcessSavingAtOnceLoseNoEntry() throws Exception {
        int threads = 4;
        int each = 25;
        List<Thread> started = new java.util.ArrayList<>();
        java.util.concurrent.CyclicBarrier go = new java.util.concurrent.CyclicBarrier(threads);
        java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        TokenStore.at(file()).save("app-" + id + "-" + i, ADA); // a store object per save, as processes have
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            thread.start();
            started.add(thread);
        }
        for (Thread thread : started) {
            thread.join(60_000);
        }
        assertThat(failures).isEmpty();
        assertThat(TokenStore.at(file()).entries().tokens()).hasSize(threads * each);
    }

    @Test
    void anUpdateThatChangesNothingWritesNothing() throws IOException {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        Object before = Files.getAttribute(file(), "unix:ino");
        assertThat(store.update(entries -> entries).tokens()).containsOnlyKeys("app-1");
        assertThat(store.remove("app-2")).isFalse();
        assertThat(Files.getAttribute(file(), "unix:ino")).isEqualTo(before);
    }

    @Test
    void anUpdateSeesTheEntriesAndWritesWhatItReturns() {
        TokenStore store = TokenStore.at(file());
        store.save("app-1", ADA);
        TokenEntries written = store.update(e -> e.with("app-2", e.get("app-1").orElseThrow()).without("app-1"));
        assertThat(written.tokens()).containsOnlyKeys("app-2");
        assertThat(store.load("app-2")).contains(ADA);
        assertThat(store.load("app-1")).isEmpty();
    }

    @Test
    void anUpdateFromWithinAnUpdateIsRefusedNotDeadlocked() {
        TokenStore store = TokenStore.at(file());
        assertThatThrownBy(() -> store.update(e -> {
            store.save("app-2", ADA);
            return e;
        })).isInstanceOf(IllegalStateException.class);
        store.save("app-1", ADA); // the lock was released
        assertThat(store.load("app-1")).contains(ADA);
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
        TokenStore failing = new TokenStore(file(), (out, content) -> {
            out.write(content, 0, content.length / 2);
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> failing.save("app-1", ADA_LATER))
                .isInstanceOf(TokenStoreException.class)
                .hasMessageContaining("disk full").hasMessageContaining(file().toString());
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
        try (Stream<Path> files = Files.list(file().getParent())) {
            assertThat(files).containsExactlyInAnyOrder(file(), file().resolveSibling(".tokens.json.lock"));
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
    void oneAppKeepsOneEntryPerServerSideBySide() {
        TokenStore store = TokenStore.at(file());
        StoredToken production = ADA.withOrigin("production", "http://localhost:3000/callback");
        StoredToken fakeA = ADA_LATER.withOrigin("http://127.0.0.1:8080", "http://localhost:3000/callback");
        StoredToken fakeB = ADA.withOrigin("http://127.0.0.1:9090", "http://localhost:3000/callback");
        store.update(e -> e.withLast("app-1", production).withLast("app-1", fakeA).withLast("app-1", fakeB));

        TokenEntries entries = TokenStore.at(file()).entries();
        assertThat(entries.tokens()).hasSize(3);
        assertThat(entries.tokens().keySet())
                .containsExactly("app-1", "app-1 http://127.0.0.1:8080", "app-1 http://127.0.0.1:9090");
        assertThat(store.load("app-1", "http://127.0.0.1:8080")).contains(fakeA);
        assertThat(store.load("app-1", "production")).contains(production);
        assertThat(store.load("app-1")).contains(fakeB);   // the most recent of the app
        assertThat(entries.current()).contains(fakeB);
        assertThat(entries.last()).contains("app-1");

        // Logging in again to the first fake makes it current and replaces only its own entry.
        StoredToken fakeAAgain = ADA.withOrigin("http://127.0.0.1:8080", "http://localhost:3000/callback");
        entries = store.update(e -> e.withLast("app-1", fakeAAgain));
        assertThat(entries.tokens()).hasSize(3);
        assertThat(entries.current()).contains(fakeAAgain);
        assertThat(store.load("app-1", "http://127.0.0.1:9090")).contains(fakeB);

        entries = store.update(e -> e.without("app-1", "http://127.0.0.1:8080"));
        assertThat(entries.tokens().keySet()).containsExactly("app-1", "app-1 http://127.0.0.1:9090");
        assertThat(store.remove("app-1")).isTrue();
        assertThat(store.entries().tokens()).isEmpty();
    }

    @Test
    void aFileOfTheFirstFormatKeyedByClientIdIsReadAndUpgradedOnTheNextSave() throws IOException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), """
                {"format": "linkedin-oauth tokens v1", "tokens": {
                  "old-app": {"access_token": "AQVold-access-token", "expires_at": "2026-03-01T10:00:00Z",
                              "scope": "openid profile", "member_id": "AbC12dEf3G", "member_name": "Ada Example"},
                  "fake-app": {"access_token": "AQVfake-access-token", "scope": "openid",
                               "server": "http://127.0.0.1:8080", "redirect_uri": "http://localhost:3000/callback"}}}
                """);
        TokenStore store = TokenStore.at(file());
        assertThat(store.load("old-app")).hasValueSatisfying(t -> {
            assertThat(t.accessToken()).isEqualTo("AQVold-access-token");
            assertThat(t.server()).isNull();
            assertThat(t.memberName()).isEqualTo("Ada Example");
        });
        assertThat(store.load("fake-app", "http://127.0.0.1:8080")).isPresent();

        store.save("new-app", ADA);
        String json = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"fake-app http://127.0.0.1:8080\" : {")
                .contains("\"client_id\" : \"fake-app\"")
                .contains("\"client_id\" : \"old-app\"");
        TokenEntries again = TokenStore.at(file()).entries();
        assertThat(again.tokens().keySet()).containsExactly("old-app", "fake-app http://127.0.0.1:8080", "new-app");
        assertThat(again.get("fake-app")).map(StoredToken::accessToken).contains("AQVfake-access-token");
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
