package dev.linkedinoauth.fake.internal.oauth;

import static dev.linkedinoauth.fake.internal.text.Html.escape;

import dev.linkedinoauth.fake.internal.api.Avatars;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import dev.linkedinoauth.fake.internal.state.PendingAuthorization;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;

/**
 * The sign-in and consent pages of interactive consent. Every value is escaped; form elements have
 * stable ids ({@code #member-<id>}, {@code #email}, {@code #signin}, {@code #allow}, {@code #cancel})
 * for browser-driven tests.
 */
final class Pages {
    private Pages() {
    }

    static String signIn(FakeConfig config, PendingAuthorization pending, String base, String problem) {
        StringBuilder members = new StringBuilder();
        for (FakeMember member : config.members()) {
            members.append("""
                    <button type="submit" class="member" id="member-%s" name="member" value="%s">\
                    <img src="%s" alt=""><span>%s<small>%s</small></span></button>
                    """.formatted(escape(member.id()), escape(member.id()), escape(Avatars.pictureUrl(member, base)),
                    escape(member.name()), escape(member.email())));
        }
        String error = problem == null ? "" : "<p class=\"error\" id=\"signin-error\">" + escape(problem) + "</p>";
        String requestField = "<input type=\"hidden\" name=\"request\" value=\"" + escape(pending.id()) + "\">";
        return Html.page("LinkedIn Login, Sign in | LinkedIn", """
                <main class="card" id="signin-page">
                  <h1>Sign in</h1>
                  <h2>to continue to <strong id="app-name">%s</strong></h2>
                  <form method="post" action="%s" id="members-form">
                    %s
                    <p class="muted">Choose an account</p>
                    %s
                    <div class="actions">
                      <button type="submit" class="secondary" id="cancel" name="action" value="cancel">Cancel</button>
                    </div>
                  </form>
                  <div class="divider">or sign in with email</div>
                  <form method="post" action="%s" id="email-form">
                    %s
                    %s
                    <label for="email">Email</label>
                    <input type="email" id="email" name="email" autocomplete="username">
                    <label for="password">Password</label>
                    <input type="password" id="password" name="password" autocomplete="current-password"
                           placeholder="any password works on the fake">
                    <button type="submit" class="primary" id="signin" name="action" value="signin">Sign in</button>
                  </form>
                </main>""".formatted(escape(pending.request().app().name()), escape(base + LinkedInEndpoint.SIGN_IN_PATH),
                requestField, members, escape(base + LinkedInEndpoint.SIGN_IN_PATH), requestField, error));
    }

    static String consent(PendingAuthorization pending, FakeMember member, String base) {
        AuthorizationRequest request = pending.request();
        StringBuilder scopes = new StringBuilder();
        for (String scope : request.scopes()) {
            scopes.append("<li id=\"scope-").append(escape(scope)).append("\">").append(escape(Scopes.describe(scope)))
                    .append(" <code>").append(escape(scope)).append("</code></li>\n");
        }
        return Html.page("Authorize | LinkedIn", """
                <main class="card" id="consent-page">
                  <h1 id="app-name">%s</h1>
                  <h2>would like to access some of your LinkedIn info:</h2>
                  <p class="muted" id="signed-in-as">Signed in as <strong>%s</strong> (%s)</p>
                  <ul class="scopes" id="scopes">
                  %s</ul>
                  <p class="muted">Allowing takes you back to <strong id="redirect-host">%s</strong>.</p>
                  <form method="post" action="%s" id="consent-form">
                    <input type="hidden" name="request" value="%s">
                    <div class="actions">
                      <button type="submit" class="secondary" id="cancel" name="action" value="cancel">Cancel</button>
                      <button type="submit" class="primary" id="allow" name="action" value="allow">Allow</button>
                    </div>
                  </form>
                </main>""".formatted(escape(request.app().name()), escape(member.name()), escape(member.email()),
                scopes, escape(hostOf(request.redirectUri())), escape(base + LinkedInEndpoint.CONSENT_PATH),
                escape(pending.id())));
    }

    private static String hostOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
