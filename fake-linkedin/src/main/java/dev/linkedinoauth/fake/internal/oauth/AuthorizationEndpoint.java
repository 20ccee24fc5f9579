package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.Endpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.PendingAuthorization;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.model.Consent;
import java.time.Duration;

/** {@code GET /oauth/v2/authorization}: validates, then consents automatically or shows the sign-in page. */
public final class AuthorizationEndpoint implements Endpoint {
    /** How long an interactive sign-in may take, like a code's lifetime. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(30);

    private final FakeContext context;

    public AuthorizationEndpoint(FakeContext context) {
        this.context = context;
    }

    @Override
    public FakeResponse handle(FakeRequest request) {
        var query = request.query();
        AuthorizationCheck check = AuthorizationCheck.of(context.config(), FakeRequest.first(query, "response_type"),
                FakeRequest.first(query, "client_id"), FakeRequest.first(query, "redirect_uri"),
                FakeRequest.first(query, "scope"), FakeRequest.first(query, "state"));
        if (check instanceof AuthorizationCheck.ErrorPage page) {
            return FakeResponse.errorPage(401, page.message());
        }
        if (check instanceof AuthorizationCheck.ErrorRedirect redirect) {
            return redirect.redirect();
        }
        AuthorizationRequest valid = ((AuthorizationCheck.Valid) check).request();
        if (context.config().consent() == Consent.AUTO) {
            return Approvals.allow(context, valid, context.config().defaultMember());
        }
        PendingAuthorization pending = new PendingAuthorization(context.tokens().requestId(), valid, null, context.now());
        context.state().putPending(pending, context.now().minus(PENDING_LIFETIME));
        return FakeResponse.html(200, Pages.signIn(context.config(), pending, request.publicBaseUrl(), null));
    }
}
