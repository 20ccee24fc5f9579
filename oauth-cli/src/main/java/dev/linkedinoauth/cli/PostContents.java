package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.ImageFile;
import dev.linkedinoauth.core.Post;
import dev.linkedinoauth.core.PostContent;
import dev.linkedinoauth.core.PostImage;
import java.net.URI;
import java.nio.file.Path;

/**
 * {@link ContentOptions} as the library's post content, files checked first. A class of its own so that the
 * library types stay out of the command's signatures (picocli reflects over them even for {@code --help}).
 */
final class PostContents {

    private PostContents() {
    }

    /** Checks every file (exit 2 for a missing or unsupported one, before anything is sent) and adds the content. */
    static Post.Builder apply(ContentOptions options, Post.Builder post, Path workingDirectory) {
        for (Path file : options.files()) {
            ImageFile.check(workingDirectory.resolve(file));
        }
        for (ContentOptions.Image image : options.images) {
            try {
                post.image(workingDirectory.resolve(image.file), image.alt);
            } catch (IllegalArgumentException e) {
                throw new CliException.Config("--alt for " + image.file + ": " + e.getMessage());
            }
        }
        if (options.imageTitle != null) {
            post.imageTitle(options.imageTitle);
        }
        if (options.link != null) {
            URI source;
            try {
                source = URI.create(options.link.strip());
            } catch (IllegalArgumentException e) {
                throw new CliException.Config("--link takes an http(s) URL, not '" + options.link + "'");
            }
            PostImage thumbnail = options.thumbnail == null ? null
                    : PostImage.file(workingDirectory.resolve(options.thumbnail), options.thumbnailAlt);
            try {
                post.article(new PostContent.Article(source, options.title, options.description, thumbnail));
                post.build();
            } catch (IllegalArgumentException e) {
                throw new CliException.Config(e.getMessage());
            }
        }
        return post;
    }
}
