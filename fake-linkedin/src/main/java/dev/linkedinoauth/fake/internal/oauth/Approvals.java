package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.AuthorizationCode;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.MemberGrant;
import dev.linkedinoauth.fake.model.FakeMember;
import java.time.Instant;
import java.util.SortedSet;
import java.util.TreeSet;

/** The end of an authorization: the member allowed (a code) or cancelled (an error), either way a redirect. */
public final class Approvals {
    static final String CANCELLED_LOGIN = "The user cancelled LinkedIn login";
    static final String CANCELLED_AUTHORIZE = "The user cancelled the authorization";

    private Approvals() {
    }

    /** Records the grant, issues a 30-minute code bound to the app and redirect URI, redirects with it. */
    static FakeResponse allow(FakeContext context, AuthorizationRequest request, FakeMember member) {
        Instant now = context.now();
        SortedSet<String> scopes = new TreeSet<>(request.scopes());
        MemberGrant grant = context.state().grant(member.id(), request.app().clientId(), scopes, now);
        String code = context.tokens().authorizationCode();
        context.state().putCode(new AuthorizationCode(code, request.app().clientId(), request.redirectUri(),
                member.id(), scopes, now, grant.authorizedAt(), false));
        return Redirects.code(request, code);
    }

    public static FakeResponse cancelLogin(AuthorizationRequest request) {
        return Redirects.error(request, "user_cancelled_login", CANCELLED_LOGIN);
    }

    public static FakeResponse cancelAuthorize(AuthorizationRequest request) {
        return Redirects.error(request, "user_cancelled_authorize", CANCELLED_AUTHORIZE);
    }
}
