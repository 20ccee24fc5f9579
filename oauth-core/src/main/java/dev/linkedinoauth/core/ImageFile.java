package dev.linkedinoauth.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A local image file checked against LinkedIn's documented limits before anything is sent: readable,
 * JPG, PNG or GIF by its content (the first bytes, never the file name), fewer than 36,152,320 pixels, a
 * GIF with at most 250 frames. Only the header is decoded for the size (GIF frames are counted).
 *
 * <pre>{@code
 * ImageFile photo = ImageFile.check(Path.of("photo.jpg"));   // throws ImageException when LinkedIn would refuse it
 * System.out.println(photo.format() + " " + photo.width() + "x" + photo.height());
 * }</pre>
 *
 * @param path   the file
 * @param format what its content is
 * @param width  in pixels
 * @param height in pixels
 * @param frames 1, or a GIF's frame count
 * @param bytes  the file's size
 */
public record ImageFile(Path path, Format format, int width, int height, int frames, long bytes) {
    /** LinkedIn: "Images must have fewer than 36,152,320 pixels". */
    public static final long MAX_PIXELS = 36_152_320L;
    /** LinkedIn: a GIF may have up to 250 frames. */
    public static final int MAX_GIF_FRAMES = 250;

    /**
     * The three formats LinkedIn's Images API takes.
     *
     * <pre>{@code
     * String type = ImageFile.check(path).format().mediaType();   // "image/png"
     * }</pre>
     */
    public enum Format {
        JPG("image/jpeg"), PNG("image/png"), GIF("image/gif");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The MIME type sent as the upload's {@code Content-Type}. */
        public String mediaType() {
            return mediaType;
        }
    }

    public ImageFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
    }

    /** Width times height. */
    public long pixels() {
        return (long) width * height;
    }

    /**
     * Checks the file as LinkedIn would, without sending anything.
     *
     * @throws ImageException of a {@linkplain ImageException.Kind#isFileProblem() file kind}: {@code UNREADABLE},
     *         {@code NOT_AN_IMAGE}, {@code TOO_MANY_PIXELS} or {@code TOO_MANY_FRAMES}
     */
    public static ImageFile check(Path path) {
        Objects.requireNonNull(path, "path");
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ImageException(ImageException.Kind.UNREADABLE, "Cannot read the image " + path
                    + ": " + (Files.exists(path) ? "it is not a readable file" : "no such file")
                    + ". What to do: give the path of a JPG, PNG or GIF file you can read");
        }
        long size;
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            size = Files.size(path);
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.UNREADABLE, "Cannot read the image " + path + ": "
                    + e.getClass().getSimpleName() + ". What to do: give the path of a JPG, PNG or GIF file you can read", e);
        }
        Format format = sniff(head);
        if (format == null) {
            throw new ImageException(ImageException.Kind.NOT_AN_IMAGE, "The file " + path + " is not a JPG, PNG or GIF"
                    + (size == 0 ? " (it is empty)" : " (its content says otherwise, whatever its name)")
                    + ". What to do: LinkedIn's Images API takes JPG, PNG and GIF only; convert the file or choose another");
        }
        int[] dimensions = dimensions(path, format);
        ImageFile file = new ImageFile(path, format, dimensions[0], dimensions[1], dimensions[2], size);
        if (file.pixels() >= MAX_PIXELS) {
            throw new ImageException(ImageException.Kind.TOO_MANY_PIXELS, "The image " + path + " is " + file.width()
                    + "x" + file.height() + " = " + file.pixels() + " pixels; LinkedIn takes fewer than " + MAX_PIXELS
                    + ". What to do: scale it down (e.g. to 6000x6000 or less)");
        }
        if (file.frames() > MAX_GIF_FRAMES) {
            throw new ImageException(ImageException.Kind.TOO_MANY_FRAMES, "The GIF " + path + " has " + file.frames()
                    + " frames; LinkedIn takes at most " + MAX_GIF_FRAMES + ". What to do: cut frames, or post it as a video");
        }
        return file;
    }

    /** JPG {@code FF D8 FF}, PNG {@code 89 'PNG' CR LF 1A LF}, GIF {@code GIF87a}/{@code GIF89a}; null for anything else. */
    static Format sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Format.JPG;
        }
        if (head.length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                && head[4] == 0x0D && head[5] == 0x0A && head[6] == 0x1A && head[7] == 0x0A) {
            return Format.PNG;
        }
        if (head.length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8'
                && (head[4] == '7' || head[4] == '9') && head[5] == 'a') {
            return Format.GIF;
        }
        return null;
    }

    /** {width, height, frames} from the header (ImageIO reads no pixel data for these); frames are counted for GIFs only. */
    private static int[] dimensions(Path path, Format format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(path.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notDecodable(path, format, null);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int frames = format == Format.GIF ? reader.getNumImages(true) : 1;
                return new int[] {reader.getWidth(0), reader.getHeight(0), Math.max(frames, 1)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageException image) {
                throw image;
            }
            throw notDecodable(path, format, e);
        }
    }

    private static ImageException notDecodable(Path path, Format format, Exception cause) {
        return new ImageException(ImageException.Kind.NOT_AN_IMAGE, "The file " + path + " starts like a " + format
                + " but its header cannot be read (truncated or damaged?). What to do: open it in an image editor and save it again",
                cause);
    }
}
