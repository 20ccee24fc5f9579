package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.LinkedInPosts;
import dev.linkedinoauth.core.Post;
import dev.linkedinoauth.core.PostingApi;
import dev.linkedinoauth.core.PublishedPost;
import dev.linkedinoauth.core.StoredToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linkedin-oauth post TEXT}: publishes a text post with the stored token, as the stored member. */
@Command(name = "post",
        header = "Publish a text post on LinkedIn with the stored token (Posts API).",
        description = {"Posts TEXT as the member of the stored token (POST /rest/posts with LinkedIn-Version and "
                + "X-Restli-Protocol-Version: 2.0.0). The text is escaped for LinkedIn's little text format, so it "
                + "arrives exactly as written; without escaping LinkedIn silently cuts it at the first ( ) [ ] { } "
                + "< > @ # * _ ~ | or \\. Prints the post's URN on stdout and its URL on stderr. Needs the "
                + "w_member_social scope. Exit 3 when there is no token or LinkedIn no longer accepts it, "
                + "5 when LinkedIn refuses the post.",
                HelpTopics.STORED_SESSION},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth post 'Hello, LinkedIn!'",
            "  git log -1 --format=%%s | linkedin-oauth post -",
            "  linkedin-oauth post --dry-run --visibility CONNECTIONS 'Only my network'",
            HelpTopics.SEE_ALSO,
        })
final class PostCommand extends BaseCommand {

    private static final Pattern AUTHOR = Pattern.compile("urn:li:(organization|person):[A-Za-z0-9_-]+");
    private static final Pattern VERSION = Pattern.compile("\\d{4}(0[1-9]|1[0-2])(\\.\\d{2})?");

    /** The choices of {@code --visibility}; a CLI type, so that parsing the options loads no oauth-core class. */
    enum Visibility {
        PUBLIC, CONNECTIONS
    }

    @Parameters(index = "0", paramLabel = "TEXT",
            description = "The text to post, as it should appear; - reads it from stdin.")
    String text;

    @Option(names = "--visibility", paramLabel = "PUBLIC|CONNECTIONS", defaultValue = "PUBLIC",
            description = "Who may see the post (default: ${DEFAULT-VALUE}).")
    Visibility visibility;

    @Option(names = "--as", paramLabel = "URN",
            description = "Post as this author instead of the stored member, e.g. urn:li:organization:123 "
                    + "(needs w_organization_social and a role on the page).")
    String author;

    @Option(names = "--raw",
            description = "Send TEXT as little text, unescaped: for mentions @[Name](urn:li:organization:123) and "
                    + "hashtags you write yourself. Escape other reserved characters with \\ yourself.")
    boolean raw;

    @Option(names = "--dry-run",
            description = "Print the HTTP request instead of sending it (the token masked).")
    boolean dryRun;

    @Option(names = "--json", description = "Print {\"urn\":…,\"url\":…} on stdout.")
    boolean json;

    @Option(names = "--ugc", description = "Use the legacy UGC API (POST /v2/ugcPosts; plain text, no version).")
    boolean ugc;

    @Option(names = "--linkedin-version", paramLabel = "YYYYMM",
            description = "The LinkedIn-Version to send (default: two months before the current month, which "
                    + "LinkedIn still serves; it keeps each monthly version for about a year).")
    String linkedInVersion;

    @Mixin
    ContentOptions media;

    @Mixin
    ClientIdOption clientId;

    @Mixin
    EndpointOptions endpoints;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        String content = content();
        checkOptions();
        media.check(ugc);
        if (media.any()) {
            // Every file is checked before the token is read or anything is sent: a bad one is exit 2.
            PostContents.apply(media, Post.builder(content), env().workingDirectory());
        }
        Settings settings = envFile.load(env());
        StoredTokens.Chosen chosen = StoredTokens.chooseUnexpired(settings, clientId, endpoints, env().clock());
        StoredToken stored = chosen.token();
        String authorUrn = author != null ? author.strip() : stored.personUrn();
        if (authorUrn == null) {
            throw new CliException.NotLoggedIn("the stored token has no member id (was it a client-credentials"
                    + " token?); run linkedin-oauth login, or pass --as URN");
        }
        Post.Builder postBuilder = Post.builder(content).raw(raw).author(authorUrn)
                .visibility(Post.Visibility.valueOf(visibility.name()));
        Post post = (media.any() ? PostContents.apply(media, postBuilder, env().workingDirectory()) : postBuilder).build();
        try (LinkedInHttp http = LinkedInHttp.create()) {
            LinkedInPosts.Builder builder = LinkedInPosts.builder(http)
                    .endpoints(Endpoints.of(chosen.target(), http))
                    .clock(env().clock())
                    .api(ugc ? PostingApi.UGC_POSTS : PostingApi.POSTS)
                    .uploadProgress(UploadBar.to(err(), env().variables()));
            if (linkedInVersion != null) {
                builder.linkedInVersion(linkedInVersion.strip());
            }
            LinkedInPosts posts = builder.build();
            if (dryRun) {
                if (post.content() == null) {
                    out().println(posts.preview(stored.accessToken(), post));
                } else {
                    // Every request in order: for each file initializeUpload and the PUT, then the post.
                    out().println(String.join("\n\n", posts.previewAll(stored.accessToken(), post).stream()
                            .map(Object::toString).toList()));
                }
                out().flush();
                say("Dry run: nothing was sent to LinkedIn.");
                return ExitCodes.OK;
            }
            PublishedPost published = posts.publish(stored.accessToken(), post);
            String who = author != null ? authorUrn
                    : stored.memberName() != null ? stored.memberName() : authorUrn;
            String url = PostOutput.url(chosen.target(), published);
            PostOutput.print(out(), published, url, json);
            say("Posted to LinkedIn as " + who + " (" + visibility.name().toLowerCase(java.util.Locale.ROOT)
                    + "): " + url);
        }
        return ExitCodes.OK;
    }

    /** TEXT, or stdin for {@code -} (one trailing line break dropped, as $(...) would). */
    private String content() {
        String value = text;
        if ("-".equals(text)) {
            try {
                StringBuilder all = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = env().stdin().read(buffer)) >= 0; ) {
                    all.append(buffer, 0, n);
                }
                value = all.toString().replaceFirst("\\r?\\n$", "");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the post text from stdin", e);
            }
        }
        if (value.isBlank()) {
            throw new CliException.Config("the post text is empty" + ("-".equals(text) ? " (nothing on stdin)" : ""));
        }
        return value;
    }

    private void checkOptions() {
        if (author != null && !AUTHOR.matcher(author.strip()).matches()) {
            throw new CliException.Config("--as takes an author URN such as urn:li:organization:123, not '" + author + "'");
        }
        if (linkedInVersion != null && !VERSION.matcher(linkedInVersion.strip()).matches()) {
            throw new CliException.Config("--linkedin-version takes YYYYMM (or YYYYMM.RR), e.g. 202601, not '"
                    + linkedInVersion + "'");
        }
        if (linkedInVersion != null && ugc) {
            throw new CliException.Config("--linkedin-version applies to the Posts API; the UGC API (--ugc) has no version");
        }
        if (raw && ugc) {
            throw new CliException.Config("--raw applies to the Posts API's little text; the UGC API (--ugc) takes plain text");
        }
    }
}
