package dev.linkedinoauth.fake.internal.admin;

import static dev.linkedinoauth.fake.internal.text.Html.escape;

import dev.linkedinoauth.fake.internal.api.Avatars;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.LittleTextReader;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /__fake/feed}: the posts received, newest first, as LinkedIn's feed would show them: the
 * author's name and picture, and the text after little-text reading, cut where LinkedIn cuts it, so that
 * a developer sees the truncation bug their code would hit. A cut post says where and why, and shows the
 * commentary as received. Every value is escaped; elements have ids and classes for tests.
 */
public final class Feed {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String CSS = """
            main.feed { max-width: 560px; margin: 0 auto 48px; padding: 0 16px; }
            article.post { background: #fff; border-radius: 8px; box-shadow: 0 0 0 1px rgba(0,0,0,.08), 0 2px 3px rgba(0,0,0,.1);
                           padding: 12px 16px; margin: 12px 0; }
            article.post header { display: flex; gap: 8px; align-items: center; }
            article.post header img { width: 48px; height: 48px; border-radius: 50%; }
            .post-author { font-weight: 600; font-size: 14px; }
            .post-meta { color: rgba(0,0,0,.6); font-size: 12px; }
            .post-text { white-space: pre-wrap; word-wrap: break-word; font-size: 14px; line-height: 1.45; margin: 12px 0 4px; }
            .mention, .hashtag { color: #0a66c2; font-weight: 600; }
            .truncated { background: #fcf0d0; color: #915907; border-radius: 4px; padding: 8px; font-size: 13px; }
            details { font-size: 12px; color: rgba(0,0,0,.6); margin-top: 8px; }
            details code { display: block; white-space: pre-wrap; word-break: break-all; margin-top: 4px; }
            .post-media img { max-width: 100%; display: block; border-radius: 4px; background: #eef3f8; }
            .post-grid { display: grid; grid-template-columns: repeat(2, 1fr); gap: 4px; }
            .post-grid img { width: 100%; aspect-ratio: 1; object-fit: cover; }
            .link-card { display: block; border: 1px solid rgba(0,0,0,.15); border-radius: 8px; overflow: hidden;
                         color: inherit; text-decoration: none; margin-top: 8px; }
            .link-card img { width: 100%; display: block; }
            .link-card .link-title { font-weight: 600; padding: 8px 12px 0; }
            .link-card .link-description, .link-card .link-source { padding: 2px 12px 8px; font-size: 12px; color: rgba(0,0,0,.6); }
            .missing-image { background: #eef3f8; padding: 24px; text-align: center; color: rgba(0,0,0,.6); }
            .initials { width: 48px; height: 48px; border-radius: 50%; background: #38434f; color: #fff; display: flex;
                        align-items: center; justify-content: center; font-weight: 600; }
            """;

    /** The feed shows the newest this many posts and counts the rest. */
    static final int SHOWN = 100;

    private final FakeContext context;

    public Feed(FakeContext context) {
        this.context = context;
    }

    public FakeResponse page(FakeRequest request) {
        List<ReceivedPost> newest = context.state().newestPosts(SHOWN);
        int count = context.state().postCount();
        StringBuilder articles = new StringBuilder();
        for (int i = 0; i < newest.size(); i++) {
            articles.append(article(newest.get(i), count - i, request.publicBaseUrl()));
        }
        if (count > newest.size()) {
            articles.append("<p class=\"muted\" id=\"older-posts\">and ").append(count - newest.size())
                    .append(" older posts (<a href=\"posts\">all as JSON</a>)</p>");
        }
        String content = newest.isEmpty()
                ? "<p class=\"muted\" id=\"no-posts\">No posts yet: POST /rest/posts (or linkedin-oauth post) and reload.</p>"
                : articles.toString();
        String body = """
                <main class="feed" id="feed">
                  <h1>Feed</h1>
                  <p class="muted">The posts this fake received, newest first, as LinkedIn would show them
                  (<a href="posts">as JSON</a>, <a href="./">dashboard</a>). Each post's anchor is its URN:
                  <code>/__fake/feed#urn:li:share:…</code>.</p>
                  %s
                </main>""".formatted(content);
        return FakeResponse.html(200, Html.page("Feed | fake LinkedIn", CSS, body));
    }

    private String article(ReceivedPost post, int number, String base) {
        LittleTextReader.Reading reading = LittleTextReader.of(post.api(), post.commentary());
        Optional<FakeMember> member = context.config().members().stream()
                .filter(m -> m.personUrn().equals(post.author())).findFirst();
        String picture = member.map(m -> "<img alt=\"\" src=\"" + escape(Avatars.pictureUrl(m, base)) + "\">")
                .orElse("<span class=\"initials\">in</span>");
        String name = member.map(FakeMember::name).orElseGet(() -> displayName(post.author()));
        String cut = "";
        if (reading.truncated()) {
            cut = """
                    <p class="truncated" id="post-%d-truncated">LinkedIn cut this post at an unescaped <code>%s</code> \
                    (character %d of %d): everything from there on was dropped, and the API still answered 201. \
                    Escape the reserved characters <code>%s</code> with a backslash.</p>
                    """.formatted(number, escape(String.valueOf(reading.cutCharacter())), reading.cutAt() + 1,
                    reading.commentary().length(), escape(LittleTextReader.RESERVED));
        }
        return """
                <article class="post" id="%s" data-number="%d">
                  <header>%s<div><div class="post-author">%s</div>
                  <div class="post-meta">%s · %s · %s</div></div></header>
                  <p class="post-text">%s</p>
                  %s%s<details><summary>as received by %s</summary><code class="post-commentary">%s</code>\
                <code class="post-urn">%s</code></details>
                </article>
                """.formatted(escape(post.urn()), number, picture, escape(name),
                escape(visibility(post.visibility())), escape(TIME.format(post.receivedAt())), escape(post.author()),
                segments(reading), content(post, base), cut, escape(post.api()), escape(post.commentary()), escape(post.urn()));
    }

    /** One image, a grid for a multi-image post, or a link card; an image the fake no longer keeps shows its alt text. */
    private String content(ReceivedPost post, String base) {
        String kind = post.contentKind();
        java.util.List<dev.linkedinoauth.fake.model.ReceivedMedia> media = post.media();
        switch (kind) {
            case "media":
                return "<div class=\"post-media\">" + image(media.get(0), base) + "</div>\n";
            case "multiImage": {
                StringBuilder grid = new StringBuilder("<div class=\"post-media post-grid\">");
                media.forEach(m -> grid.append(image(m, base)));
                return grid.append("</div>\n").toString();
            }
            case "article": {
                dev.linkedinoauth.fake.model.ReceivedArticle a = post.article().orElseThrow();
                String href = a.source() != null && (a.source().startsWith("https://") || a.source().startsWith("http://"))
                        ? a.source() : "#";
                return "<a class=\"link-card\" rel=\"noopener noreferrer\" href=\"" + escape(href) + "\">"
                        + (media.isEmpty() ? "" : image(media.get(0), base))
                        + "<div class=\"link-title\">" + escape(String.valueOf(a.title())) + "</div>"
                        + (a.description() == null ? "" : "<div class=\"link-description\">" + escape(a.description()) + "</div>")
                        + "<div class=\"link-source\">" + escape(href) + "</div></a>\n";
            }
            default:
                return "";
        }
    }

    private String image(dev.linkedinoauth.fake.model.ReceivedMedia media, String base) {
        String alt = media.altText() == null ? "" : media.altText();
        String id = media.image() != null && media.image().startsWith("urn:li:image:")
                ? media.image().substring("urn:li:image:".length()) : null;
        if (id == null || context.state().images().byId(id).filter(i -> i.bytes() != null).isEmpty()) {
            return "<div class=\"missing-image\" title=\"" + escape(String.valueOf(media.image())) + "\">"
                    + escape(alt.isEmpty() ? "(image no longer kept)" : alt) + "</div>";
        }
        return "<img class=\"post-image\" src=\"" + escape(base + "/__fake/images/" + id) + "\" alt=\"" + escape(alt)
                + "\" data-urn=\"" + escape(media.image()) + "\">";
    }

    private static String segments(LittleTextReader.Reading reading) {
        StringBuilder html = new StringBuilder();
        for (LittleTextReader.Segment segment : reading.segments()) {
            if (segment instanceof LittleTextReader.Segment.Text text) {
                html.append(escape(text.text()));
            } else if (segment instanceof LittleTextReader.Segment.Mention mention) {
                html.append("<span class=\"mention\" title=\"").append(escape(mention.urn())).append("\">")
                        .append(escape(mention.name())).append("</span>");
            } else if (segment instanceof LittleTextReader.Segment.Hashtag hashtag) {
                html.append("<span class=\"hashtag\">#").append(escape(hashtag.tag())).append("</span>");
            }
        }
        return html.toString();
    }

    /** Who the fake does not know: an organization by its id, anyone else by URN. */
    private static String displayName(String author) {
        String organization = "urn:li:organization:";
        return author.startsWith(organization) ? "Organization " + author.substring(organization.length()) : author;
    }

    private static String visibility(String visibility) {
        if (visibility == null) {
            return "";
        }
        return switch (visibility) {
            case "PUBLIC" -> "Anyone";
            case "CONNECTIONS" -> "Connections only";
            case "LOGGED_IN" -> "LinkedIn members";
            default -> visibility;
        };
    }
}
