package dev.linkedinoauth.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * Tokens kept on disk, one entry per app and server (see {@link TokenEntries}), in a JSON file readable by its owner only: the file is
 * {@code 0600} and its folder {@code 0700} (a folder that is not is tightened, or refused when it is not
 * ours; a store that cannot set those permissions fails rather than write). Every change runs under a
 * lock shared with other processes ({@code .tokens.json.lock} next to the file), so two logins saving at
 * once both keep their entry. Every save writes a temporary file in the same folder and renames it over
 * the old one, so a crash leaves either the old or the new file, never half of one; the temporary files a
 * crash leaves behind are removed by the next save. A file that cannot be read is reported and left
 * alone, never overwritten.
 *
 * <pre>{@code
 * TokenStore store = TokenStore.atDefaultLocation();   // $XDG_CONFIG_HOME/linkedin-oauth/tokens.json
 * store.save(clientId, StoredToken.of(result));  Optional<StoredToken> t = store.load(clientId);
 * }</pre>
 */
public final class TokenStore {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");
    /** How long a change waits for another process's change to finish; one takes milliseconds. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);

    /** Writes the new content to the temporary file; replaced in tests to simulate a failing disk. */
    @FunctionalInterface
    interface ContentWriter {
        void write(OutputStream out, byte[] content) throws IOException;
    }

    private final Path file;
    private final ContentWriter writer;
    private final Pattern ownTempFile;

    TokenStore(Path file, ContentWriter writer) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.writer = writer;
        // Files.createTempFile(dir, ".tokens.json.", ".tmp") names them .tokens.json.<digits>.tmp
        this.ownTempFile = Pattern.compile(Pattern.quote("." + this.file.getFileName() + ".") + "\\d+\\.tmp");
    }

    /** {@code $XDG_CONFIG_HOME/linkedin-oauth/tokens.json}, else {@code ~/.config/linkedin-oauth/tokens.json}. */
    public static TokenStore atDefaultLocation() {
        return at(defaultLocation());
    }

    /**
     * A store in the given file. Its folder is the store's: created {@code 0700} if missing, made
     * {@code 0700} if it is ours and more open, refused if it is someone else's; so give it a folder of its own.
     */
    public static TokenStore at(Path file) {
        return new TokenStore(file, OutputStream::write);
    }

    public static Path defaultLocation() {
        return defaultLocation(System.getenv("XDG_CONFIG_HOME"), System.getProperty("user.home"));
    }

    /**
     * The default location for a given environment, for callers that read their own (a CLI with a {@code .env},
     * a test): {@code {xdgConfigHome}/linkedin-oauth/tokens.json} when it is absolute, else under
     * {@code {userHome}/.config}.
     */
    public static Path defaultLocation(String xdgConfigHome, String userHome) {
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = xdgConfigHome != null && !xdgConfigHome.isBlank() && Paths.get(xdgConfigHome).isAbsolute()
                ? Paths.get(xdgConfigHome)
                : Paths.get(userHome, ".config");
        return base.resolve("linkedin-oauth").resolve("tokens.json");
    }

    public Path file() {
        return file;
    }

    /** The lock file next to the store, {@code .tokens.json.lock}; it stays after use (empty). */
    Path lockFile() {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    /** The most recent entry of a client id, whatever its server; empty when there is none (or no file yet). */
    public Optional<StoredToken> load(String clientId) {
        return entries().get(clientId);
    }

    /** The entry of a client id for a server ({@link StoredToken#server()}); empty when there is none. */
    public Optional<StoredToken> load(String clientId, String server) {
        return entries().get(clientId, server);
    }

    /**
     * Every entry, as the file holds them now (no file: none). A snapshot: to change entries based on what
     * they are, use {@link #update}, which reads them again under the lock.
     */
    public TokenEntries entries() {
        return readAll();
    }

    /** Adds or replaces the client id's entry for the token's server, keeping the others. */
    public void save(String clientId, StoredToken token) {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(token, "token");
        update(entries -> entries.with(clientId, token));
    }

    /** Removes every entry of a client id, whatever its server; false when there was none. */
    public boolean remove(String clientId) {
        boolean[] removed = {false};
        update(entries -> {
            removed[0] = entries.get(clientId).isPresent();
            return entries.without(clientId);
        });
        return removed[0];
    }

    /**
     * Reads the entries, applies {@code change} and writes what it returns, all under the store's lock, so
     * that no other process or thread changes the file in between (a change that returns its argument
     * unchanged writes nothing). Keep {@code change} quick and free of network calls: others wait for it.
     *
     * <pre>{@code
     * store.update(e -> e.get(clientId).map(t -> e.with(clientId, t.withToken(fresh))).orElse(e));
     * }</pre>
     *
     * @return the entries as written
     * @throws TokenStoreException when the file is corrupt (it is left untouched), the lock stays held by
     *                             another process for 30 seconds, or the file cannot be written
     */
    public TokenEntries update(UnaryOperator<TokenEntries> change) {
        Objects.requireNonNull(change, "change");
        Path dir = file.getParent();
        ensurePrivateDirectory(dir);
        try (StoreLock ignored = StoreLock.acquire(lockFile(), LOCK_WAIT)) {
            TokenEntries before = readAll();
            TokenEntries after = Objects.requireNonNull(change.apply(before), "the change returned null");
            removeStaleTempFiles(dir);
            if (!after.equals(before)) {
                writeAll(after);
            }
            return after;
        } catch (StoreLock.LockTimeout e) {
            throw new TokenStoreException(file, "Another process has been changing " + file + " for "
                    + Durations.human(LOCK_WAIT) + " (it holds " + lockFile() + "); try again when it is done", null);
        } catch (IOException e) {
            throw new TokenStoreException(file, "Cannot lock the token file " + file + ": " + e.getMessage(), e);
        }
    }

    private TokenEntries readAll() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return TokenEntries.empty();
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

    /**
     * A save killed between writing its temporary file and the rename leaves that file, with every token in
     * it. Under the lock no save of ours is half done, so every such file is stale and goes now.
     */
    private void removeStaleTempFiles(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                p -> ownTempFile.matcher(p.getFileName().toString()).matches())) {
            for (Path stale : files) {
                if (Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(stale);
                }
            }
        } catch (IOException e) {
            throw new TokenStoreException(file, "Cannot remove the temporary files a crashed save left next to "
                    + file + ": " + e.getMessage(), e);
        }
    }

    private void writeAll(TokenEntries all) {
        byte[] content;
        try {
            content = TokenFileFormat.serialize(all);
        } catch (JsonProcessingException e) {
            throw new TokenStoreException(file, "Cannot encode the tokens for " + file, e);
        }
        Path dir = file.getParent();
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
                    // The next save removes it (removeStaleTempFiles).
                }
            }
        }
    }

    /**
     * The folder is the store's own: created {@code 0700}; tightened to {@code 0700} when it is more open and
     * ours (changing the permissions of a folder is its owner's right only, so a failure means it is not).
     */
    private void ensurePrivateDirectory(Path dir) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            throw new TokenStoreException(file, "Cannot keep " + file + " readable by its owner only: this system"
                    + " has no POSIX file permissions", null);
        }
        try {
            if (Files.notExists(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                Files.setPosixFilePermissions(dir, OWNER_DIR);
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new TokenStoreException(file, "Cannot create the folder " + dir + " private to its owner (0700): "
                    + e.getMessage(), e);
        }
        Set<PosixFilePermission> now;
        try {
            now = Files.getPosixFilePermissions(dir);
        } catch (IOException e) {
            throw new TokenStoreException(file, "Cannot read the permissions of the folder " + dir + ": "
                    + e.getMessage(), e);
        }
        if (now.equals(OWNER_DIR)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(dir, OWNER_DIR);
        } catch (IOException e) {
            throw new TokenStoreException(file, "The folder " + dir + " of the token file is "
                    + PosixFilePermissions.toString(now) + " and cannot be made private (0700): " + e.getMessage()
                    + "; it is not yours: choose a token file in a folder of your own", e);
        }
    }
}
