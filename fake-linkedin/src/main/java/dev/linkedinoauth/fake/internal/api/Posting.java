package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.ReceivedPost;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** What both posting APIs share: the protocol header, the quota, the author, duplicates, and storing the post. */
public final class Posting {
    /** "Share on LinkedIn": 150 requests per member per day (per app), reset at 00:00 UTC. */
    public static final int MEMBER_DAILY_LIMIT = 150;

    private final FakeContext context;

    public Posting(FakeContext context) {
        this.context = context;
    }

    /** What the checks before a post's fields decide: refused with LinkedIn's answer, or a JSON object to read. */
    sealed interface Admission {
        record Refused(FakeResponse response) implements Admission {
        }

        record Admitted(JsonNode body) implements Admission {
        }
    }

    /**
     * The checks both APIs make after the token, in LinkedIn's order: protocol header, scope, daily quota,
     * then a body that is a JSON object.
     */
    Admission admit(FakeRequest request, IssuedToken token, String resource) {
        Optional<FakeResponse> refused = checkProtocolHeader(request).or(() -> checkScope(token, resource))
                .or(() -> checkQuota(token));
        if (refused.isPresent()) {
            return new Admission.Refused(refused.get());
        }
        Optional<JsonNode> body = parseBody(request);
        return body.isPresent() ? new Admission.Admitted(body.get()) : new Admission.Refused(notAJsonObject());
    }

    private static Optional<FakeResponse> checkProtocolHeader(FakeRequest request) {
        String protocol = request.header("X-Restli-Protocol-Version");
        if (protocol == null || !protocol.trim().equals("2.0.0")) {
            return Optional.of(RestErrors.error(400, null, "PROTOCOL_VERSION_MISSING",
                    "This resource requires the header X-Restli-Protocol-Version: 2.0.0"
                            + (protocol == null ? "" : " (received \"" + Html.truncate(protocol, 40) + "\")")));
        }
        return Optional.empty();
    }

    /** The scope check: a 2-legged token or one without {@code w_member_social} may not post. */
    private static Optional<FakeResponse> checkScope(IssuedToken token, String resource) {
        if (token.memberId() == null || !token.hasScope("w_member_social")) {
            return Optional.of(RestErrors.accessDenied(resource));
        }
        return Optional.empty();
    }

    private Optional<FakeResponse> checkQuota(IssuedToken token) {
        if (!context.state().tryCountPostRequest(token.memberId(), token.clientId(),
                context.now().atZone(ZoneOffset.UTC).toLocalDate(), MEMBER_DAILY_LIMIT)) {
            return Optional.of(RestErrors.tooManyRequests());
        }
        return Optional.empty();
    }

    /** The JSON object of the body, or empty when it is not one (answered with {@link #notAJsonObject()}). */
    private static Optional<JsonNode> parseBody(FakeRequest request) {
        try {
            JsonNode body = Json.mapper().readTree(request.body());
            return body != null && body.isObject() ? Optional.of(body) : Optional.empty();
        } catch (java.io.IOException e) {
            // Jackson's message would expose parser internals; the client gets one clear line instead.
            return Optional.empty();
        }
    }

    /** The {@code author} field: a person or organization URN; whose it may be, {@link #create} checks. */
    static String author(JsonChecks checks, JsonNode body) {
        String author = checks.string(body, "author", "/author");
        if (author != null && !author.startsWith("urn:li:person:") && !author.startsWith("urn:li:organization:")) {
            checks.invalid("/author", "\"" + Html.truncate(author, 80) + "\" is not a person or organization URN");
        }
        return author;
    }

    private static FakeResponse notAJsonObject() {
        return RestErrors.validation(400, List.of(new RestErrors.InputError("/", "INVALID_JSON",
                "the request body is not a JSON object")));
    }

    /** Stores the post (or refuses it as a duplicate or as someone else's) and answers 201 with its URN. */
    FakeResponse create(IssuedToken token, String api, String resource, String author, String commentary,
                        String visibility, FakeRequest request, String idHeader) {
        if (!author.equals("urn:li:person:" + token.memberId())) {
            return RestErrors.accessDenied(resource);
        }
        synchronized (this) {
            Optional<ReceivedPost> duplicate = context.state().duplicateOf(author, commentary);
            if (duplicate.isPresent()) {
                return RestErrors.duplicatePost(duplicate.get().urn());
            }
            String urn = "urn:li:share:" + context.tokens().shareId();
            Instant now = context.now();
            context.state().addPost(new ReceivedPost(urn, api, token.clientId(), author, commentary, visibility,
                    request.bodyText(), now));
            return FakeResponse.empty(201).withHeader(idHeader, urn);
        }
    }
}
