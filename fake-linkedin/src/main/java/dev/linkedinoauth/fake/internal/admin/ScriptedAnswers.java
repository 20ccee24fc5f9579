package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.Outcome;
import dev.linkedinoauth.fake.internal.oauth.Approvals;
import dev.linkedinoauth.fake.internal.oauth.AuthorizationCheck;
import dev.linkedinoauth.fake.internal.oauth.Redirects;
import dev.linkedinoauth.fake.internal.server.FakeRequest;
import dev.linkedinoauth.fake.internal.server.FakeResponse;
import dev.linkedinoauth.fake.internal.server.RestErrors;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpStatus;

/** Turns a scripted {@link Outcome} into the reply to one request, in LinkedIn's shapes. */
public final class ScriptedAnswers {
    private final FakeContext context;

    public ScriptedAnswers(FakeContext context) {
        this.context = context;
    }

    /**
     * The reply for {@code outcome}; {@code normal} computes the fake's usual answer when the outcome
     * needs it (a delay) or cannot apply (an authorization request LinkedIn would refuse on its own page).
     */
    public Reply reply(Outcome outcome, FakeRequest request, Supplier<FakeResponse> normal) {
        if (outcome instanceof Outcome.CancelSignIn) {
            return Reply.Send.now(redirect(request, normal, valid -> Approvals.cancelLogin(valid)));
        }
        if (outcome instanceof Outcome.CancelConsent) {
            return Reply.Send.now(redirect(request, normal, valid -> Approvals.cancelAuthorize(valid)));
        }
        if (outcome instanceof Outcome.UnprovisionedScope scope) {
            return Reply.Send.now(redirect(request, normal, valid -> Redirects.error(valid, "unauthorized_scope_error",
                    "Scope &quot;" + scope.scope() + "&quot; is not authorized for your application")));
        }
        if (outcome instanceof Outcome.ContractError error) {
            return Reply.Send.now(withRetryAfter(ErrorAnswers.of(error.error(), request, context), error.retryAfter()));
        }
        if (outcome instanceof Outcome.Status status) {
            return Reply.Send.now(withRetryAfter(statusResponse(status), status.retryAfter()));
        }
        if (outcome instanceof Outcome.Delay delay) {
            return new Reply.Send(normal.get(), delay.delay());
        }
        return new Reply.Drop();
    }

    /**
     * A redirect carrying the member's (scripted) decision, for a request LinkedIn would accept; an
     * unknown client or unregistered redirect URI still gets LinkedIn's error page, since there is no
     * trusted place to redirect to.
     */
    private FakeResponse redirect(FakeRequest request, Supplier<FakeResponse> normal,
                                  java.util.function.Function<AuthorizationRequest, FakeResponse> decision) {
        var query = request.query();
        AuthorizationCheck check = AuthorizationCheck.of(context.config(), FakeRequest.first(query, "response_type"),
                FakeRequest.first(query, "client_id"), FakeRequest.first(query, "redirect_uri"),
                FakeRequest.first(query, "scope"), FakeRequest.first(query, "state"));
        if (check instanceof AuthorizationCheck.Valid valid) {
            return decision.apply(valid.request());
        }
        return normal.get();
    }

    private static FakeResponse statusResponse(Outcome.Status status) {
        if (status.body() != null) {
            String type = status.contentType() != null ? status.contentType() : FakeResponse.JSON_UTF8;
            return FakeResponse.of(status.status(), type, status.body().getBytes(StandardCharsets.UTF_8));
        }
        if (status.status() >= 400) {
            return RestErrors.error(status.status(), null, null, HttpStatus.getMessage(status.status()));
        }
        return FakeResponse.empty(status.status());
    }

    private static FakeResponse withRetryAfter(FakeResponse response, Duration retryAfter) {
        return retryAfter == null ? response : response.withHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
    }
}
