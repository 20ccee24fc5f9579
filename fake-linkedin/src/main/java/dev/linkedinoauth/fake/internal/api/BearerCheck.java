package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.Endpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import java.util.Optional;

/**
 * Authenticates an API call the way LinkedIn's gateway does: the {@code Authorization: Bearer} header
 * (or LinkedIn's {@code oauth2_access_token} query parameter), with LinkedIn's 401 bodies.
 */
public sealed interface BearerCheck {

    record Authorized(IssuedToken token) implements BearerCheck {
    }

    record Rejected(FakeResponse response) implements BearerCheck {
    }

    /** An API endpoint behind LinkedIn's gateway: it sees only calls whose token {@link #required} accepted. */
    @FunctionalInterface
    interface Authenticated {
        FakeResponse handle(FakeRequest request, IssuedToken token);
    }

    /**
     * The endpoint as the route table serves it: LinkedIn's 401 for a missing, unknown, revoked or expired
     * token, before the endpoint runs; its own checks (version, scope, body) come after.
     */
    static Endpoint required(FakeContext context, Authenticated endpoint) {
        return request -> {
            BearerCheck check = of(request, context);
            if (check instanceof Rejected rejected) {
                return rejected.response();
            }
            return endpoint.handle(request, ((Authorized) check).token());
        };
    }

    static BearerCheck of(FakeRequest request, FakeContext context) {
        String header = request.header("Authorization");
        String token;
        if (header == null || header.isBlank()) {
            token = request.queryParam("oauth2_access_token");
        } else if (header.trim().equalsIgnoreCase("Bearer")) {
            token = "";
        } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = header.substring(7).trim();
        } else {
            return new Rejected(RestErrors.error(401, null, null, "Unknown authentication schema"));
        }
        if (token == null || token.isEmpty()) {
            return new Rejected(RestErrors.emptyAccessToken());
        }
        Optional<IssuedToken> found = context.state().accessToken(token);
        if (found.isEmpty()) {
            return new Rejected(RestErrors.invalidAccessToken());
        }
        if (found.get().revoked()) {
            return new Rejected(RestErrors.revokedAccessToken());
        }
        if (found.get().expiredAt(context.now())) {
            return new Rejected(RestErrors.expiredAccessToken());
        }
        return new Authorized(found.get());
    }
}
