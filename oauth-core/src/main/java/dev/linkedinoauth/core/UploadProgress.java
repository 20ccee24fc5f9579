package dev.linkedinoauth.core;

import java.nio.file.Path;

/**
 * Told how far an image upload has got, as the bytes go out (on the uploading thread; keep it quick).
 *
 * <pre>{@code
 * UploadProgress bar = (file, sent, total) -> System.err.printf("%s %d%%%n", file.getFileName(), 100 * sent / total);
 * LinkedInImages images = LinkedInImages.builder(http).progress(bar).build();
 * }</pre>
 */
@FunctionalInterface
public interface UploadProgress {
    /** Says nothing. */
    UploadProgress NONE = (file, sent, total) -> { };

    /**
     * @param file  the file being sent
     * @param sent  bytes sent so far
     * @param total the file's size
     */
    void update(Path file, long sent, long total);
}
