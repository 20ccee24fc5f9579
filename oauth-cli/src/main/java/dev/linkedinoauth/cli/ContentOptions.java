package dev.linkedinoauth.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code post}'s content options: {@code --image FILE [--alt TEXT]} (repeated for a multi-image post) or
 * {@code --link URL [--title …] [--description …] [--thumbnail FILE [--thumbnail-alt TEXT]]}. CLI types only,
 * so that parsing loads no oauth-core class; {@link PostContents} turns them into the library's values.
 */
final class ContentOptions {

    /** One {@code --image FILE}, with the {@code --alt TEXT} (and {@code --image-title}) right after it. */
    static final class Image {
        @Option(names = "--image", required = true, paramLabel = "FILE",
                description = "Attach a JPG, PNG or GIF (checked by content before anything is sent); repeat for a "
                        + "multi-image post (2 to 20).")
        Path file;

        @Option(names = "--alt", paramLabel = "TEXT",
                description = "Alternative text of the --image before it (what a screen reader says; up to 4086 characters).")
        String alt;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Image> images = new ArrayList<>();

    @Option(names = "--image-title", paramLabel = "TEXT", description = "Title of a single-image post.")
    String imageTitle;

    @Option(names = "--link", paramLabel = "URL",
            description = "Post a link card (an article). LinkedIn does not read the page: set --title (required), "
                    + "--description and --thumbnail yourself.")
    String link;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the --link card (required with --link).")
    String title;

    @Option(names = "--description", paramLabel = "TEXT", description = "Description of the --link card.")
    String description;

    @Option(names = "--thumbnail", paramLabel = "FILE", description = "Image of the --link card (JPG, PNG or GIF), uploaded first.")
    Path thumbnail;

    @Option(names = "--thumbnail-alt", paramLabel = "TEXT", description = "Alternative text of the --thumbnail.")
    String thumbnailAlt;

    boolean any() {
        return !images.isEmpty() || link != null || title != null || description != null || thumbnail != null
                || imageTitle != null || thumbnailAlt != null;
    }

    /** Every file named, for the checks before anything is sent. */
    List<Path> files() {
        List<Path> files = new ArrayList<>();
        images.forEach(i -> files.add(i.file));
        if (thumbnail != null) {
            files.add(thumbnail);
        }
        return files;
    }

    /** Combinations that make no post; exit 2 before anything is read or sent. */
    void check(boolean ugc) {
        if (!any()) {
            return;
        }
        if (ugc) {
            throw new CliException.Config("--image and --link need the Posts API; the UGC API (--ugc) posts text only");
        }
        if (!images.isEmpty() && link != null) {
            throw new CliException.Config("a post carries images or a --link card, not both");
        }
        if (link == null && (title != null || description != null || thumbnail != null || thumbnailAlt != null)) {
            throw new CliException.Config("--title, --description and --thumbnail belong to a --link card");
        }
        if (link != null && (title == null || title.isBlank())) {
            throw new CliException.Config("--link needs --title: LinkedIn shows only the title you send, it does not read the page");
        }
        if (images.size() > 20) {
            throw new CliException.Config("a multi-image post has 2 to 20 images, not " + images.size());
        }
        if (imageTitle != null && images.size() != 1) {
            throw new CliException.Config("--image-title belongs to a post with exactly one --image");
        }
        if (thumbnailAlt != null && thumbnail == null) {
            throw new CliException.Config("--thumbnail-alt needs --thumbnail");
        }
    }
}
