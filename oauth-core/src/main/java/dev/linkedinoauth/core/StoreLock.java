package dev.linkedinoauth.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The token store's lock, held around every read-modify-write: one holder at a time among the threads of
 * this JVM and among processes. Across processes it is an exclusive {@link FileChannel#lock} on a lock file
 * next to the store ({@code .tokens.json.lock}, empty, {@code 0600}). The lock file is never deleted:
 * deleting it would let a process that opened the old file and one that created a new file both "hold" it.
 */
final class StoreLock implements AutoCloseable {
    /**
     * File locks belong to the whole JVM: a second lock on the same file from this JVM throws
     * {@code OverlappingFileLockException} instead of waiting. So the threads of one JVM first queue on a
     * lock of their own, one per lock file (keyed by its real path); the map holds one small entry per
     * store file the process has written, which is why this one piece of static state is acceptable.
     */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 10;

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock fileLock;

    private StoreLock(ReentrantLock local, FileChannel channel, FileLock fileLock) {
        this.local = local;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits up to {@code wait} for the lock. The folder of {@code lockFile} must exist.
     *
     * @throws LockTimeout            when another thread or process held it all that time
     * @throws IllegalStateException when this thread already holds it (an update called from an update)
     */
    static StoreLock acquire(Path lockFile, Duration wait) throws IOException, LockTimeout {
        Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("A TokenStore update ran another update of the same store");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            if (!local.tryLock(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LockTimeout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeout();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            FileLock fileLock;
            // tryLock in a loop rather than lock(): a process stopped while holding it must not hang us for ever.
            while ((fileLock = channel.tryLock()) == null) {
                if (System.nanoTime() - deadline > 0) {
                    throw new LockTimeout();
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new StoreLock(local, channel, fileLock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(channel);
            local.unlock();
            throw new LockTimeout();
        } catch (IOException | LockTimeout | RuntimeException e) {
            closeQuietly(channel);
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            fileLock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        } finally {
            closeQuietly(channel);
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing to do: the lock goes with the channel, or with the process at the latest.
            }
        }
    }

    /** The lock stayed held by someone else for the whole wait. */
    static final class LockTimeout extends Exception {
        private static final long serialVersionUID = 1L;

        LockTimeout() {
            super(null, null, false, false);
        }
    }
}
