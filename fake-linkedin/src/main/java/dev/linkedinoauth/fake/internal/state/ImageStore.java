package dev.linkedinoauth.fake.internal.state;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Images API's state: every initialized image and its bytes, bounded in count and in bytes; when either
 * bound is reached, the oldest images go first (a post that showed one then shows its alt text only).
 */
public final class ImageStore {
    /** At most this many images are kept (initialized or uploaded). */
    public static final int MAX_IMAGES = 500;
    /** At most this many bytes of uploads are kept, all images together (64 MiB). */
    public static final long MAX_TOTAL_BYTES = 64L << 20;
    /** One upload's limit (16 MiB): LinkedIn documents none; third parties cap at 5-10 MB. */
    public static final int MAX_UPLOAD_BYTES = 16 << 20;
    /** How long an upload URL works: {@code uploadUrlExpiresAt} is an hour after {@code initializeUpload}. */
    public static final Duration UPLOAD_URL_LIFETIME = Duration.ofHours(1);

    /** What a PUT to an upload URL did. */
    public enum PutResult { STORED, REFUSED }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, StoredImage> images = new LinkedHashMap<>();
    private long totalBytes;
    private long evicted;

    /** A new image waiting for its upload, for {@code owner}. */
    public synchronized StoredImage initialize(String owner, String clientId, Instant now) {
        String id = "D4E10AQ" + text(9);
        StoredImage image = new StoredImage(id, owner, clientId, text(18), now, now.plus(UPLOAD_URL_LIFETIME), null,
                null, 0, 0, null, null, null);
        images.put(id, image);
        evict(0, id);
        return image;
    }

    /**
     * The one PUT of an image's bytes. Refused (nothing changes) for an unknown id or {@code ut}, an expired URL
     * or a second PUT. Stored bytes are processed for {@code delay}; then the image is {@code AVAILABLE}, or
     * {@code PROCESSING_FAILED} when the bytes are not an image LinkedIn takes, or when {@code forceFailure}.
     */
    public synchronized PutResult put(String id, String uploadToken, byte[] data, Instant now, Duration delay,
                                      boolean forceFailure) {
        StoredImage image = images.get(id);
        if (image == null || uploadToken == null || !constantTimeEquals(image.uploadToken(), uploadToken)
                || image.bytes() != null || now.isAfter(image.uploadUrlExpiresAt()) || data.length > MAX_UPLOAD_BYTES) {
            return PutResult.REFUSED;
        }
        ImageBytes.Reading reading = ImageBytes.read(data);
        String failure = forceFailure ? "a scripted outcome made processing fail" : reading.failure();
        evict(data.length, id);
        images.put(id, image.uploaded(data.clone(), reading, now, now.plus(delay), failure));
        totalBytes += data.length;
        return PutResult.STORED;
    }

    /** Makes an uploaded image end {@code PROCESSING_FAILED} (a scripted outcome); false when it has no bytes. */
    public synchronized boolean failProcessing(String id, String reason) {
        StoredImage image = images.get(id);
        if (image == null || image.bytes() == null) {
            return false;
        }
        images.put(id, image.failing(reason));
        return true;
    }

    public synchronized Optional<StoredImage> byId(String id) {
        return Optional.ofNullable(images.get(id));
    }

    /** By URN ({@code urn:li:image:<id>}). */
    public Optional<StoredImage> byUrn(String urn) {
        return urn != null && urn.startsWith("urn:li:image:") ? byId(urn.substring("urn:li:image:".length()))
                : Optional.empty();
    }

    /** Oldest first. */
    public synchronized List<StoredImage> all() {
        return new ArrayList<>(images.values());
    }

    /** How many images the caps have pushed out (oldest first) since the start or the last reset. */
    public synchronized long evicted() {
        return evicted;
    }

    public synchronized long totalBytes() {
        return totalBytes;
    }

    public synchronized void clear() {
        images.clear();
        totalBytes = 0;
        evicted = 0;
    }

    /**
     * Makes room for {@code incoming} more bytes and keeps the count within bounds, oldest first, never
     * evicting {@code keep}: the image the room is made for (an upload to an id initialised long ago).
     */
    private void evict(long incoming, String keep) {
        Iterator<StoredImage> oldest = images.values().iterator();
        while (oldest.hasNext() && (images.size() > MAX_IMAGES || totalBytes + incoming > MAX_TOTAL_BYTES)) {
            StoredImage gone = oldest.next();
            if (gone.id().equals(keep)) {
                continue;
            }
            totalBytes -= gone.size();
            oldest.remove();
            evicted++;
        }
    }

    private String text(int bytes) {
        byte[] data = new byte[bytes];
        random.nextBytes(data);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(data);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
