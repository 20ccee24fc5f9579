package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.LinkedInEndpoint;
import dev.linkedinoauth.fake.Outcome;
import dev.linkedinoauth.fake.internal.server.FakeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The queue of scripted outcomes of one fake. A request takes the first queued outcome aimed at its
 * endpoint; an outcome leaves the queue once it has answered {@link Outcome#times()} requests.
 */
public final class Script {

    /** A queued outcome and how many more requests it will answer. */
    public record Pending(Outcome outcome, int remaining) {
    }

    private final List<Pending> queue = new ArrayList<>();

    public synchronized void add(List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            queue.add(new Pending(outcome, outcome.times()));
        }
    }

    /**
     * Takes the outcome for this request, if one is queued for its endpoint. The member's cancel and the
     * scope error redirect from {@code GET /oauth/v2/authorization} only, not from the sign-in forms.
     */
    public synchronized Optional<Outcome> next(FakeRequest request) {
        LinkedInEndpoint endpoint = LinkedInEndpoint.ofPath(request.path());
        if (endpoint == LinkedInEndpoint.OTHER) {
            return Optional.empty();
        }
        boolean authorizationGet = endpoint == LinkedInEndpoint.AUTHORIZATION && request.path().equals(endpoint.path());
        for (int i = 0; i < queue.size(); i++) {
            Pending pending = queue.get(i);
            Outcome outcome = pending.outcome();
            if (!outcome.endpoint().includes(endpoint) || (redirects(outcome) && !authorizationGet)) {
                continue;
            }
            if (pending.remaining() <= 1) {
                queue.remove(i);
            } else {
                queue.set(i, new Pending(outcome, pending.remaining() - 1));
            }
            return Optional.of(outcome);
        }
        return Optional.empty();
    }

    public synchronized List<Pending> pending() {
        return List.copyOf(queue);
    }

    public synchronized void clear() {
        queue.clear();
    }

    private static boolean redirects(Outcome outcome) {
        return outcome instanceof Outcome.CancelSignIn || outcome instanceof Outcome.CancelConsent
                || outcome instanceof Outcome.UnprovisionedScope;
    }
}
