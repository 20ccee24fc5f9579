package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.PendingAuthorization;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.model.FakeMember;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The two form posts of interactive consent: {@code POST /oauth/v2/authorization/signin} and
 * {@code POST /oauth/v2/authorization/consent}. The forms carry only the id of a request kept on the
 * server, which is re-validated against the configuration on every post.
 */
public final class InteractiveEndpoints {
    private static final String EXPIRED = "This sign-in request is unknown or has expired. Start again from your application.";

    private final FakeContext context;

    public InteractiveEndpoints(FakeContext context) {
        this.context = context;
    }

    public FakeResponse signIn(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        Optional<PendingAuthorization> found = pending(FakeRequest.first(form, "request"));
        if (found.isEmpty()) {
            return FakeResponse.errorPage(400, EXPIRED);
        }
        PendingAuthorization pending = found.get();
        String action = FakeRequest.first(form, "action");
        if ("cancel".equals(action)) {
            context.state().removePending(pending.id());
            return Approvals.cancelLogin(pending.request());
        }
        String memberId = FakeRequest.first(form, "member");
        String email = FakeRequest.first(form, "email");
        Optional<FakeMember> member;
        String problem;
        if (memberId != null) {
            member = context.config().member(memberId);
            problem = "That account is not one of this fake's members.";
        } else if (email != null && !email.isBlank()) {
            member = context.config().members().stream()
                    .filter(m -> m.email().toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT)))
                    .findFirst();
            problem = "Couldn't find a LinkedIn account associated with this email. Please try again.";
        } else {
            member = Optional.empty();
            problem = "Please enter an email address or choose an account.";
        }
        if (member.isEmpty()) {
            return FakeResponse.html(200, Pages.signIn(context.config(), pending, request.publicBaseUrl(), problem));
        }
        PendingAuthorization signedIn = pending.signedInAs(member.get().id());
        context.state().putPending(signedIn, context.now().minus(AuthorizationEndpoint.PENDING_LIFETIME));
        return FakeResponse.html(200, Pages.consent(signedIn, member.get(), request.publicBaseUrl()));
    }

    public FakeResponse consent(FakeRequest request) {
        Map<String, List<String>> form = request.form();
        Optional<PendingAuthorization> found = pending(FakeRequest.first(form, "request"));
        Optional<FakeMember> member = found.map(PendingAuthorization::memberId).flatMap(context.config()::member);
        if (found.isEmpty() || member.isEmpty()) {
            return FakeResponse.errorPage(400, EXPIRED);
        }
        PendingAuthorization pending = found.get();
        String action = FakeRequest.first(form, "action");
        if ("allow".equals(action)) {
            context.state().removePending(pending.id());
            return Approvals.allow(context, pending.request(), member.get());
        }
        if ("cancel".equals(action)) {
            context.state().removePending(pending.id());
            return Approvals.cancelAuthorize(pending.request());
        }
        return FakeResponse.html(200, Pages.consent(pending, member.get(), request.publicBaseUrl()));
    }

    private Optional<PendingAuthorization> pending(String id) {
        return context.state().pending(id)
                .filter(p -> context.now().isBefore(p.createdAt().plus(AuthorizationEndpoint.PENDING_LIFETIME)))
                .filter(p -> AuthorizationCheck.stillValid(context.config(), p.request()));
    }
}
