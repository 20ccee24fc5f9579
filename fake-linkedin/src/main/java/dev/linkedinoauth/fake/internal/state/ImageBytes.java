package dev.linkedinoauth.fake.internal.state;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * What the fake's "processing" reads of uploaded bytes, by content only: JPG, PNG or GIF, the size from the
 * header, a GIF's frames; and whether LinkedIn's documented limits (fewer than 36,152,320 pixels, at most
 * 250 GIF frames) make processing fail. The fake's own reading, independent of any client.
 */
public final class ImageBytes {
    public static final long MAX_PIXELS = 36_152_320L;
    public static final int MAX_GIF_FRAMES = 250;

    private ImageBytes() {
    }

    /** The reading; {@code failure} is null for an image LinkedIn would take. */
    public record Reading(String mediaType, int width, int height, int frames, String failure) {
    }

    public static Reading read(byte[] data) {
        String type = sniff(data);
        if (type == null) {
            return new Reading(null, 0, 0, 0, "not a JPG, PNG or GIF");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return new Reading(type, 0, 0, 0, "the image header cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                int frames = type.equals("image/gif") ? Math.max(1, reader.getNumImages(true)) : 1;
                String failure = (long) width * height >= MAX_PIXELS ? width + "x" + height + " is not fewer than "
                        + MAX_PIXELS + " pixels" : frames > MAX_GIF_FRAMES ? frames + " GIF frames, more than "
                        + MAX_GIF_FRAMES : null;
                return new Reading(type, width, height, frames, failure);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return new Reading(type, 0, 0, 0, "the image header cannot be read");
        }
    }

    /** The media type by the first bytes, or null. */
    static String sniff(byte[] d) {
        if (d.length >= 3 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xFF) == 0xD8 && (d[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 8 && (d[0] & 0xFF) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
                && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
            return "image/png";
        }
        if (d.length >= 6 && d[0] == 'G' && d[1] == 'I' && d[2] == 'F' && d[3] == '8' && (d[4] == '7' || d[4] == '9')
                && d[5] == 'a') {
            return "image/gif";
        }
        return null;
    }
}
