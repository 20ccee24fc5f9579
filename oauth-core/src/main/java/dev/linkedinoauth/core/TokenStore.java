package dev.linkedinoauth.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Tokens kept on disk, one entry per client id, in a JSON file readable by its owner only: the file is
 * created {@code 0600} and its folder {@code 0700} (a store that cannot set those permissions fails rather
 * than write). Every save writes a temporary file in the same folder and renames it over the old one, so a
 * crash leaves either the old or the new file, never half of one. A file that cannot be read is reported
 * and left alone, never overwritten.
 *
 * <pre>{@code
 * TokenStore store = TokenStore.atDefaultLocation();   // $XDG_CONFIG_HOME/linkedin-oauth/tokens.json
 * store.save(clientId, StoredToken.of(result));  Optional<StoredToken> t = store.load(clientId);
 * }</pre>
 */
public final class TokenStore {
    static final String FORMAT = "linkedin-oauth tokens v1";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    /** Writes the new content to the temporary file; replaced in tests to simulate a failing disk. */
    @FunctionalInterface
    interface ContentWriter {
        void write(OutputStream out, byte[] content) throws IOException;
    }

    private final Path file;
    private final boolean ownsDirectory;
    private final ContentWriter writer;

    TokenStore(Path file, boolean ownsDirectory, ContentWriter writer) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.ownsDirectory = ownsDirectory;
        this.writer = writer;
    }

    /**
     * {@code $XDG_CONFIG_HOME/linkedin-oauth/tokens.json}, else {@code ~/.config/linkedin-oauth/tokens.json}.
     * The {@code linkedin-oauth} folder is the store's own: it is kept at {@code 0700} even if it existed.
     */
    public static TokenStore atDefaultLocation() {
        return new TokenStore(defaultLocation(), true, OutputStream::write);
    }

    /** A store in the given file; its folder is created {@code 0700} if missing, else left as it is. */
    public static TokenStore at(Path file) {
        return new TokenStore(file, false, OutputStream::write);
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
    }

    static Path defaultLocation(String xdgConfigHome, String userHome) {
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = xdgConfigHome != null && !xdgConfigHome.isBlank() && Paths.get(xdgConfigHome).isAbsolute()
                ? Paths.get(xdgConfigHome)
                : Paths.get(userHome, ".config");
        return base.resolve("linkedin-oauth").resolve("tokens.json");
    }

    public Path file() {
        return file;
    }

    /** The entry for a client id; empty when there is none (or no file yet). */
    public Optional<StoredToken> load(String clientId) {
        return Optional.ofNullable(readAll().get(clientId));
    }

    /** Adds or replaces the entry for a client id, keeping the others. */
    public void save(String clientId, StoredToken token) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(token, "token");
        Map<String, StoredToken> all = readAll();
        all.put(clientId, token);
        writeAll(all);
    }

    /** Removes the entry for a client id; false when there was none. */
    public boolean remove(String clientId) {
        Map<String, StoredToken> all = readAll();
        if (all.remove(clientId) == null) {
            return false;
        }
        writeAll(all);
        return true;
    }

    private Map<String, StoredToken> readAll() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new LinkedHashMap<>();
        } catch (IOException e) {
            throw new TokenStoreException(file, "Cannot read the token file " + file + ": " + e.getMessage(), e);
        }
        try {
            return TokenFileFormat.parse(bytes);
        } catch (IllegalArgumentException | IOException | DateTimeParseException e) {
            throw new TokenStoreException(file, "The token file " + file + " is corrupt (" + e.getMessage()
                    + "); it was left untouched: fix or delete it, then log in again", e);
        }
    }

    private void writeAll(Map<String, StoredToken> all) {
        byte[] content;
        try {
            content = TokenFileFormat.serialize(all);
        } catch (JsonProcessingException e) {
            throw new TokenStoreException(file, "Cannot encode the tokens for " + file, e);
        }
        Path dir = file.getParent();
        ensurePrivateDirectory(dir);
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp",
                    PosixFilePermissions.asFileAttribute(OWNER_FILE));
            Files.setPosixFilePermissions(tmp, OWNER_FILE); // a umask may have removed bits we need
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.write(out, content);
                out.flush();
                channel.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
        } catch (UnsupportedOperationException e) {
            throw new TokenStoreException(file, "Cannot create " + file + " readable by its owner only: this file"
                    + " system has no POSIX permissions; choose a store file on one that has", e);
        } catch (AtomicMoveNotSupportedException e) {
            throw new TokenStoreException(file, "Cannot replace " + file + " atomically on this file system", e);
        } catch (IOException e) {
            throw new TokenStoreException(file, "Cannot write the token file " + file + ": " + e.getMessage()
                    + " (the previous file, if any, is unchanged)", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: a stray temp file is owner-only and holds no more than the real one would.
                }
            }
        }
    }

    private void ensurePrivateDirectory(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            throw new TokenStoreException(file, "Cannot keep " + file + " readable by its owner only: this system"
                    + " has no POSIX file permissions", null);
        }
        try {
            if (Files.notExists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            } else if (ownsDirectory && !Files.getPosixFilePermissions(dir).equals(OWNER_DIR)) {
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            }
            if (ownsDirectory && !Files.getPosixFilePermissions(dir).equals(OWNER_DIR)) {
                throw new IOException("its permissions stay " + PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new TokenStoreException(file, "Cannot make the folder " + dir + " private to its owner (0700): "
                    + e.getMessage(), e);
        }
    }

    /** The JSON layout of the file: {@code {"format": ..., "tokens": {clientId: {...}}}}. */
    static final class TokenFileFormat {
        private TokenFileFormat() {
        }

        static Map<String, StoredToken> parse(byte[] bytes) throws IOException {
            JsonNode root = Json.MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            JsonNode tokens = root.get("tokens");
            if (tokens == null || !tokens.isObject()) {
                throw new IllegalArgumentException("no \"tokens\" object");
            }
            Map<String, StoredToken> all = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : tokens.properties()) {
                JsonNode t = e.getValue();
                String access = t.isObject() ? Json.text(t, "access_token") : null;
                if (access == null) {
                    throw new IllegalArgumentException("entry \"" + e.getKey() + "\" has no access_token");
                }
                all.put(e.getKey(), new StoredToken(access, instant(t, "expires_at"),
                        Json.splitScopes(Json.text(t, "scope")), Json.text(t, "refresh_token"),
                        instant(t, "refresh_token_expires_at"), Json.text(t, "member_id"), Json.text(t, "member_name")));
            }
            return all;
        }

        static byte[] serialize(Map<String, StoredToken> all) throws JsonProcessingException {
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("format", FORMAT);
            ObjectNode tokens = root.putObject("tokens");
            all.forEach((clientId, t) -> {
                ObjectNode n = tokens.putObject(clientId);
                n.put("access_token", t.accessToken());
                n.put("expires_at", t.expiresAt() == null ? null : t.expiresAt().toString());
                n.put("scope", String.join(" ", t.scopes()));
                n.put("refresh_token", t.refreshToken());
                n.put("refresh_token_expires_at", t.refreshExpiresAt() == null ? null : t.refreshExpiresAt().toString());
                n.put("member_id", t.memberId());
                n.put("member_name", t.memberName());
            });
            return Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
        }

        private static Instant instant(JsonNode node, String field) {
            String text = Json.text(node, field);
            return text == null ? null : Instant.parse(text);
        }
    }
}
