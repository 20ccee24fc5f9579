package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.LinkedInPosts;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Post;
import dev.linkedinoauth.core.PublishedPost;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * The posting half of {@code demo --post}: publishes with the demo login's token on the embedded fake, prints
 * the result as {@code post} does, and says what the fake's feed shows. A class of its own because picocli
 * reflects over every method of a command, which would load the library types in their signatures even
 * for {@code --help}.
 */
final class DemoPost {

    private final CliEnvironment env;
    private final PrintWriter out;
    private final Consumer<String> progress;

    DemoPost(CliEnvironment env, PrintWriter out, Consumer<String> progress) {
        this.env = env;
        this.out = out;
        this.progress = progress;
    }

    /** The picture {@code --with-image} posts, carried in the jar (120 x 80 px, 340 bytes). */
    static final String IMAGE_RESOURCE = "demo-image.png";
    static final String IMAGE_ALT = "The linkedin-oauth demo picture: a white 'in' on LinkedIn blue";

    void publish(FakeLinkedIn fake, LoginResult login, String text, boolean withImage, boolean json) {
        PublishedPost published;
        String version;
        Path image = withImage ? imageFile() : null;
        try (LinkedInHttp http = LinkedInHttp.create()) {
            LinkedInPosts posts = LinkedInPosts.builder(http).endpoints(LinkedInEndpoints.forBaseUrl(fake.baseUrl()))
                    .clock(env.clock()).build();
            version = posts.linkedInVersion().value();
            Post.Builder post = Post.builder(text).member(login.member().id());
            if (image != null) {
                post.image(image, IMAGE_ALT);
            }
            published = posts.publish(login.token().value(), post.build());
        } finally {
            deleteQuietly(image);
        }
        PostOutput.print(out, published, PostOutput.url(new EndpointOptions.Target.BaseUrl(fake.baseUrl()), published),
                json);
        ReceivedPost received = fake.posts().get(fake.posts().size() - 1);
        progress.accept("Posted as " + login.member().displayName() + " (POST /rest/posts, LinkedIn-Version "
                + version + ").");
        progress.accept("The fake's feed shows: " + received.shownText());
        if (withImage) {
            String urn = received.media().get(0).image();
            fake.image(urn).ifPresent(kept -> progress.accept("With the image " + urn + " (uploaded through"
                    + " /rest/images): " + kept.status() + ", " + kept.mediaType() + " " + kept.width() + "×"
                    + kept.height() + ", " + kept.size() + " bytes; see " + fake.baseUrl() + "/__fake/feed"));
        }
    }

    /** The jar's picture as a file, since a post's images are files; deleted after the post. */
    private static Path imageFile() {
        try (InputStream in = DemoPost.class.getResourceAsStream(IMAGE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(IMAGE_RESOURCE + " is missing from the jar");
            }
            Path file = Files.createTempFile("linkedin-oauth-demo-", ".png");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo picture to a temporary file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; the system's clean-up takes it
            }
        }
    }
}
