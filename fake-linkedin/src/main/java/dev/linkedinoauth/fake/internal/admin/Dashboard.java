package dev.linkedinoauth.fake.internal.admin;

import static dev.linkedinoauth.fake.internal.text.Html.escape;

import dev.linkedinoauth.fake.internal.api.Avatars;
import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.fixture.OutcomeJson;
import dev.linkedinoauth.fake.internal.fixture.Script;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.oauth.Scopes;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.state.RefreshGrant;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.internal.text.Mask;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code GET /__fake/}: one page a person reads to see what the fake knows: its clock, apps, members,
 * tokens issued (masked), queued outcomes, recent requests and posts received. Every value is escaped;
 * no secret appears unmasked. Sections and rows have ids for browser-driven tests.
 */
public final class Dashboard {
    static final int RECENT_REQUESTS = 50;
    /** Tokens and posts: the dashboard shows the newest this many of each and counts the rest. */
    static final int SHOWN = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final String CSS = """
            main.dash { max-width: 1180px; margin: 0 auto 48px; padding: 0 24px; }
            main.dash h1 { margin-top: 8px; }
            section.panel { background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgba(0,0,0,.15);
                            padding: 16px 20px; margin: 16px 0; overflow-x: auto; }
            section.panel h2 { color: rgba(0,0,0,.9); font-weight: 600; margin-bottom: 8px; }
            .facts { display: flex; flex-wrap: wrap; gap: 24px; font-size: 14px; color: rgba(0,0,0,.6); }
            .facts strong { color: rgba(0,0,0,.9); }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th { text-align: left; color: rgba(0,0,0,.6); font-weight: 600; border-bottom: 1px solid #e0dfdc; padding: 6px 8px; }
            td { border-bottom: 1px solid #f0efec; padding: 6px 8px; vertical-align: top; }
            td code, .mono { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; word-break: break-all; }
            .badge { display: inline-block; border-radius: 10px; padding: 1px 8px; font-size: 12px; font-weight: 600; }
            .ok { background: #dff3e4; color: #0d6b2e; } .warn { background: #fcf0d0; color: #915907; }
            .bad { background: #fde2e1; color: #b3261e; } .muted-badge { background: #eef3f8; color: #38434f; }
            .nowrap-text { white-space: nowrap; }
            .empty { color: rgba(0,0,0,.6); font-size: 14px; font-style: italic; }
            .avatar { width: 28px; height: 28px; border-radius: 50%; vertical-align: middle; margin-right: 8px; }
            """;

    private final Fixture fixture;
    private final FakeContext context;

    public Dashboard(Fixture fixture) {
        this.fixture = fixture;
        this.context = fixture.context();
    }

    public FakeResponse page(FakeRequest request) {
        Instant now = context.now();
        String base = request.publicBaseUrl();
        String body = """
                <main class="dash" id="dashboard">
                  <h1>fake-linkedin dashboard</h1>
                  <div class="facts" id="facts">
                    <span>base URL <strong class="mono">%s</strong></span>
                    <span>fake time <strong id="fake-now">%s</strong> (ahead by %s)</span>
                    <span>consent <strong>%s</strong></span>
                    <span>requests <strong id="request-count">%d</strong></span>
                    <span><a href="feed" id="feed-link">the feed</a> · <a href="requests">requests as JSON</a>
                    · <a href="posts">posts as JSON</a> · <a href="images" id="images-link">images as JSON</a></span>
                  </div>
                  %s%s%s%s%s%s%s
                </main>""".formatted(escape(base), escape(TIME.format(now)), escape(context.clock().offset().toString()),
                escape(context.config().consent().jsonName()), fixture.journal().count(),
                apps(), members(base), tokens(now), outcomes(), requests(), posts(), images(now));
        return FakeResponse.html(200, Html.page("fake-linkedin dashboard", CSS, body));
    }

    private String apps() {
        StringBuilder rows = new StringBuilder();
        for (FakeApp app : context.config().apps()) {
            rows.append(row(escape(app.name()), code(app.clientId()), code(Mask.token(app.clientSecret())),
                    String.join("<br>", app.redirectUris().stream().map(Dashboard::code).toList()),
                    escape(String.join(" ", app.scopes())), yesNo(app.refreshTokens()), yesNo(app.clientCredentials())));
        }
        return panel("apps", "Apps", table(rows, "Name", "Client id", "Secret", "Redirect URIs", "Scopes",
                "Refresh tokens", "Client credentials"), context.config().apps().size());
    }

    private String members(String base) {
        StringBuilder rows = new StringBuilder();
        for (FakeMember member : context.config().members()) {
            rows.append(row("<img class=\"avatar\" alt=\"\" src=\"" + escape(Avatars.pictureUrl(member, base)) + "\">"
                            + escape(member.name()), code(member.id()), escape(member.email()), escape(member.locale())));
        }
        return panel("members", "Members", table(rows, "Name", "Id (sub)", "Email", "Locale"), context.config().members().size());
    }

    private String tokens(Instant now) {
        StringBuilder rows = new StringBuilder();
        for (IssuedToken token : context.state().newestAccessTokens(SHOWN)) {
            String status = token.status(now);
            rows.append(row(code(Mask.token(token.value())), escape("access " + token.authType()),
                    token.memberId() == null ? "<span class=\"empty\">app</span>" : code(token.memberId()),
                    code(token.clientId()), escape(Scopes.commaSorted(token.scopes())), escape(TIME.format(token.createdAt())),
                    escape(TIME.format(token.expiresAt())), badge(status, status.equals("active") ? "ok" : "bad")));
        }
        for (RefreshGrant refresh : context.state().newestRefreshTokens(SHOWN)) {
            String status = refresh.revoked() ? "revoked" : refresh.usableAt(now) ? "active" : "expired";
            rows.append(row(code(Mask.token(refresh.value())), "refresh", code(refresh.memberId()), code(refresh.clientId()),
                    escape(Scopes.commaSorted(refresh.scopes())), escape(TIME.format(refresh.issuedAt())),
                    escape(TIME.format(refresh.expiresAt())), badge(status, status.equals("active") ? "ok" : "bad")));
        }
        int access = context.state().accessTokenCount();
        int refresh = context.state().refreshTokenCount();
        return panel("tokens", "Tokens issued (newest first)", table(rows, "Token", "Type", "Member", "App", "Scope", "Issued",
                "Expires", "Status") + more("tokens-more", Math.max(0, access - SHOWN) + Math.max(0, refresh - SHOWN),
                "older tokens not shown"), access + refresh);
    }

    /** The line under a list cut at {@link #SHOWN}: how many more the fake keeps. */
    private static String more(String id, int hidden, String what) {
        return hidden <= 0 ? "" : "<p class=\"empty\" id=\"" + id + "\">and " + hidden + " " + escape(what) + "</p>";
    }

    private String outcomes() {
        StringBuilder rows = new StringBuilder();
        for (Script.Pending pending : fixture.script().pending()) {
            rows.append(row(code(Json.string(OutcomeJson.write(pending.outcome().times(pending.remaining()))))));
        }
        return panel("outcomes", "Queued outcomes", table(rows, "Outcome (as POST /__fake/outcomes takes it)"),
                fixture.script().pending().size());
    }

    private String requests() {
        StringBuilder rows = new StringBuilder();
        for (RecordedRequest recorded : fixture.journal().latest(RECENT_REQUESTS)) {
            rows.append(row("<span class=\"nowrap-text\">" + escape(TIME.format(recorded.receivedAt())) + "</span>",
                    escape(recorded.method()),
                    code(Html.truncate(RequestListing.target(recorded), 160)), escape(recorded.endpoint().jsonName()),
                    recorded.status() == 0 ? badge("dropped", "bad")
                            : badge(Integer.toString(recorded.status()), recorded.status() < 400 ? "ok" : "warn")));
        }
        return panel("requests", "Recent requests (newest first, at most " + RECENT_REQUESTS + ")",
                table(rows, "Time", "Method", "Path", "Endpoint", "Status"), fixture.journal().latest(RECENT_REQUESTS).size());
    }

    private String posts() {
        StringBuilder rows = new StringBuilder();
        for (ReceivedPost post : context.state().newestPosts(SHOWN)) {
            rows.append(row("<span class=\"nowrap-text\">" + escape(TIME.format(post.receivedAt())) + "</span>",
                    "<a href=\"feed#" + escape(post.urn()) + "\">" + code(post.urn()) + "</a>", escape(post.api()),
                    code(post.author()), escape(post.visibility()), escape(Html.truncate(post.commentary(), 300))));
        }
        int count = context.state().postCount();
        return panel("posts", "Posts received (newest first)", table(rows, "Time", "URN", "API", "Author", "Visibility", "Text")
                + more("posts-more", count - SHOWN, "older posts not shown"), count);
    }

    /** The Images API's uploads, newest first, with their status on the fake's clock and a link to the bytes. */
    private String images(Instant now) {
        java.util.List<dev.linkedinoauth.fake.internal.state.StoredImage> all = context.state().images().all();
        StringBuilder rows = new StringBuilder();
        for (int i = all.size() - 1; i >= Math.max(0, all.size() - SHOWN); i--) {
            var image = all.get(i);
            String urn = image.bytes() == null ? code(image.urn())
                    : "<a href=\"images/" + escape(image.id()) + "\">" + code(image.urn()) + "</a>";
            rows.append(row("<span class=\"nowrap-text\">" + escape(TIME.format(image.initializedAt())) + "</span>", urn,
                    code(image.owner()), escape(image.status(now)),
                    image.bytes() == null ? "" : escape(image.mediaType() + " " + image.width() + "×" + image.height()
                            + ", " + image.size() + " bytes")));
        }
        return panel("images", "Images uploaded (newest first)", table(rows, "Initialized", "URN", "Owner", "Status", "Bytes")
                + more("images-more", all.size() - SHOWN, "older images not shown"), all.size());
    }

    private static String panel(String id, String title, String table, int count) {
        String content = count == 0 ? "<p class=\"empty\">none yet</p>" : table;
        return "<section class=\"panel\" id=\"" + id + "\"><h2>" + escape(title) + " <span class=\"badge muted-badge\">"
                + count + "</span></h2>" + content + "</section>\n";
    }

    private static String table(CharSequence rows, String... headings) {
        StringBuilder head = new StringBuilder();
        for (String heading : headings) {
            head.append("<th>").append(escape(heading)).append("</th>");
        }
        return "<table><thead><tr>" + head + "</tr></thead><tbody>" + rows + "</tbody></table>";
    }

    /** A row of cells that are already escaped HTML. */
    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<tr>");
        for (String cell : cells) {
            row.append("<td>").append(cell).append("</td>");
        }
        return row.append("</tr>\n").toString();
    }

    private static String code(String text) {
        return "<code>" + escape(text) + "</code>";
    }

    private static String badge(String text, String kind) {
        return "<span class=\"badge " + kind + "\">" + escape(text) + "</span>";
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
