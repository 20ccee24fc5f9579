package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInEndpoints;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.LinkedInPosts;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Post;
import dev.linkedinoauth.core.PublishedPost;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.io.PrintWriter;
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

    void publish(FakeLinkedIn fake, LoginResult login, String text, boolean json) {
        PublishedPost published;
        String version;
        try (LinkedInHttp http = LinkedInHttp.create()) {
            LinkedInPosts posts = LinkedInPosts.builder(http).endpoints(LinkedInEndpoints.forBaseUrl(fake.baseUrl()))
                    .clock(env.clock()).build();
            version = posts.linkedInVersion().value();
            published = posts.publish(login.token().value(), Post.builder(text).member(login.member().id()).build());
        }
        PostOutput.print(out, published, PostOutput.url(new EndpointOptions.Target.BaseUrl(fake.baseUrl()), published),
                json);
        ReceivedPost received = fake.posts().get(fake.posts().size() - 1);
        progress.accept("Posted as " + login.member().displayName() + " (POST /rest/posts, LinkedIn-Version "
                + version + ").");
        progress.accept("The fake's feed shows: " + received.shownText());
    }
}
