package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.Consent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code post --image} and {@code --link} against the fake: uploads, dry run, and files refused before sending. */
@Timeout(60)
class PostImagesCommandTest {
    @TempDir
    Path dir;

    private FakeFixture fixture;

    @BeforeEach
    void startFakeAndLogIn() {
        fixture = FakeFixture.start(Consent.AUTO);
        var login = fixture.runner(dir).run("login");
        assertThat(login.exitCode()).as(login.toString()).isZero();
    }

    @AfterEach
    void stopFake() {
        fixture.close();
    }

    private Path image(String name, String format) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB), format, file.toFile());
        return file;
    }

    @Test
    void twoImagesAreUploadedWithTheirAltTextAndTheBytesArriveIdentical() throws Exception {
        Path png = image("a.png", "png");
        Path gif = image("b.gif", "gif");

        var result = fixture.runner(dir).run("post", "Two", "--image", png.toString(), "--alt", "first",
                "--image", gif.toString(), "--alt", "second");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var post = fixture.fake.posts().get(0);
        assertThat(post.contentKind()).isEqualTo("multiImage");
        assertThat(post.media()).extracting(m -> m.altText()).containsExactly("first", "second");
        assertThat(fixture.fake.image(post.media().get(1).image()).orElseThrow().bytes()).isEqualTo(Files.readAllBytes(gif));
    }

    @Test
    void aLinkWithAThumbnailIsAnArticle() throws Exception {
        var result = fixture.runner(dir).run("post", "Read", "--link", "https://example.com/a", "--title", "A",
                "--description", "D", "--thumbnail", image("t.png", "png").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(fixture.fake.posts().get(0).article().orElseThrow().title()).isEqualTo("A");
    }

    @Test
    void aDryRunShowsEveryRequestAndUploadsNothing() throws Exception {
        var result = fixture.runner(dir).run("post", "Dry", "--dry-run", "--image", image("d.png", "png").toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("POST " + fixture.baseUrl() + "/rest/images?action=initializeUpload")
                .contains("PUT ").contains("POST " + fixture.baseUrl() + "/rest/posts").contains("urn:li:image:{upload 1}");
        assertThat(fixture.fake.images()).isEmpty();
        assertThat(fixture.fake.posts()).isEmpty();
    }

    @Test
    void aMissingOrUnsupportedFileIsExit2BeforeAnythingIsSent() throws Exception {
        Path text = Files.writeString(dir.resolve("photo.png"), "not an image");

        var missing = fixture.runner(dir).run("post", "x", "--image", dir.resolve("nope.png").toString());
        var unsupported = fixture.runner(dir).run("post", "x", "--image", text.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such file");
        assertThat(unsupported.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(unsupported.err()).contains("is not a JPG, PNG or GIF");
        assertThat(fixture.fake.images()).isEmpty();
    }

    @Test
    void anAltTextOverLinkedInsLimitOrTwentyOneImagesIsExit2BeforeAnythingIsSent() throws Exception {
        Path png = image("alt.png", "png");
        java.util.List<String> many = new java.util.ArrayList<>(java.util.List.of("post", "Many"));
        for (int i = 0; i < 21; i++) {
            many.add("--image");
            many.add(png.toString());
        }
        int requestsBefore = fixture.fake.requests().size();

        var longAlt = fixture.runner(dir).run("post", "x", "--image", png.toString(), "--alt", "a".repeat(4087));
        var tooMany = fixture.runner(dir).run(many.toArray(String[]::new));

        assertThat(longAlt.exitCode()).as(longAlt.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(longAlt.err()).contains("4087 characters").doesNotContain("Exception").doesNotContain("a".repeat(100));
        assertThat(longAlt.err().strip().lines()).hasSize(1);
        assertThat(tooMany.exitCode()).as(tooMany.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooMany.err()).contains("21");
        assertThat(fixture.fake.requests()).hasSize(requestsBefore);
        assertThat(fixture.fake.images()).isEmpty();
    }
}
