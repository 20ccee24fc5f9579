package dev.linkedinoauth.core;

import java.nio.file.Path;

/**
 * The token file could not be read or written safely: it is corrupt (it is then left untouched, never
 * overwritten), its owner-only permissions cannot be set, or the disk refused the write.
 *
 * <pre>{@code
 * try { store.load(clientId); }
 * catch (TokenStoreException e) { System.err.println(e.getMessage()); } // names the file
 * }</pre>
 */
public final class TokenStoreException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public TokenStoreException(Path file, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
    }

    /** The token file concerned. */
    public Path file() {
        return file;
    }
}
