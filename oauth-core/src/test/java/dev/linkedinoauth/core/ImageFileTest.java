package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file checks made before anything is sent: format by content, pixel limit, readability. */
class ImageFileTest {
    @TempDir
    Path dir;

    @Test
    void pngGifAndJpgAreRecognisedByContentWithTheirSize() {
        assertThat(ImageFile.check(TestImages.write(dir, "a.png", "png", 40, 30)))
                .extracting(ImageFile::format, ImageFile::width, ImageFile::height, ImageFile::frames)
                .containsExactly(ImageFile.Format.PNG, 40, 30, 1);
        assertThat(ImageFile.check(TestImages.write(dir, "b.gif", "gif", 12, 7)).format()).isEqualTo(ImageFile.Format.GIF);
        assertThat(ImageFile.check(TestImages.write(dir, "c.jpg", "jpg", 64, 48)).format()).isEqualTo(ImageFile.Format.JPG);
    }

    @Test
    void theNameDoesNotMatterOnlyTheContent() throws IOException {
        Path gifNamedPng = Files.move(TestImages.write(dir, "x.gif", "gif", 5, 5), dir.resolve("really-a-gif.png"));
        Path textNamedPng = Files.writeString(dir.resolve("notes.png"), "just some text, not an image");

        assertThat(ImageFile.check(gifNamedPng).format()).isEqualTo(ImageFile.Format.GIF);
        ImageException e = catchThrowableOfType(() -> ImageFile.check(textNamedPng), ImageException.class);
        assertThat(e.kind()).isEqualTo(ImageException.Kind.NOT_AN_IMAGE);
        assertThat(e.kind().isFileProblem()).isTrue();
        assertThat(e.getMessage()).contains("notes.png").contains("JPG, PNG or GIF").contains("What to do");
    }

    @Test
    void aBmpIsNotAnImageLinkedInTakes() {
        Path bmp = TestImages.write(dir, "pic.bmp", "bmp", 4, 4);

        assertThat(catchThrowableOfType(() -> ImageFile.check(bmp), ImageException.class).kind())
                .isEqualTo(ImageException.Kind.NOT_AN_IMAGE);
    }

    @Test
    void theSizeIsReadFromTheHeaderAndTheLimitIsFewerThan36152320Pixels() {
        Path justUnder = TestImages.pngHeader(dir, "under.png", 36_152_319, 1);
        Path atLimit = TestImages.pngHeader(dir, "at.png", 6016, 6010);   // 36,156,160

        assertThat(ImageFile.check(justUnder).pixels()).isEqualTo(36_152_319L);
        ImageException e = catchThrowableOfType(() -> ImageFile.check(atLimit), ImageException.class);
        assertThat(e.kind()).isEqualTo(ImageException.Kind.TOO_MANY_PIXELS);
        assertThat(e.getMessage()).contains("6016x6010").contains("fewer than 36152320");
    }

    @Test
    void aMissingFileOrAFolderIsUnreadable() {
        assertThat(catchThrowableOfType(() -> ImageFile.check(dir.resolve("nope.png")), ImageException.class))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ImageException.Kind.UNREADABLE))
                .satisfies(e -> assertThat(e.getMessage()).contains("no such file"));
        assertThat(catchThrowableOfType(() -> ImageFile.check(dir), ImageException.class).kind())
                .isEqualTo(ImageException.Kind.UNREADABLE);
    }

    @Test
    void anEmptyFileOrATruncatedPngIsNotAnImage() throws IOException {
        Path empty = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        byte[] png = Files.readAllBytes(TestImages.write(dir, "whole.png", "png", 10, 10));
        Path truncated = Files.write(dir.resolve("cut.png"), java.util.Arrays.copyOf(png, 12));

        assertThat(catchThrowableOfType(() -> ImageFile.check(empty), ImageException.class).getMessage()).contains("empty");
        assertThat(catchThrowableOfType(() -> ImageFile.check(truncated), ImageException.class).kind())
                .isEqualTo(ImageException.Kind.NOT_AN_IMAGE);
    }
}
