package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.text.Html;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /rest/posts}, the versioned Posts API. Checks in order: token, {@code LinkedIn-Version}
 * (present, well-formed, active), protocol header, scope, daily quota, body, author, duplicate.
 */
public final class PostsEndpoint implements BearerCheck.Authenticated {
    private static final Pattern VERSION = Pattern.compile("(\\d{4})(0[1-9]|1[0-2])(?:\\.(\\d{2}))?");
    private static final Set<String> VISIBILITIES = Set.of("PUBLIC", "CONNECTIONS", "LOGGED_IN", "CONTAINER");
    private static final Set<String> LIFECYCLE_STATES = Set.of("PUBLISHED", "DRAFT", "PUBLISH_REQUESTED", "PUBLISH_FAILED");
    private static final Set<String> FEED_DISTRIBUTIONS = Set.of("MAIN_FEED", "NONE");
    private static final Set<String> FIELDS = Set.of("author", "commentary", "visibility", "distribution",
            "lifecycleState", "isReshareDisabledByAuthor", "content", "contentLandingPage", "contentCallToActionLabel",
            "container", "reshareContext", "adContext", "lifecycleStateInfo");

    private final FakeContext context;
    private final Posting posting;

    public PostsEndpoint(FakeContext context, Posting posting) {
        this.context = context;
        this.posting = posting;
    }

    @Override
    public FakeResponse handle(FakeRequest request, IssuedToken token) {
        String version = request.header("LinkedIn-Version");
        if (version == null || version.isBlank()) {
            return RestErrors.error(400, null, "VERSION_MISSING",
                    "A version must be present. Please specify a version by adding the LinkedIn-Version header.");
        }
        Matcher matcher = VERSION.matcher(version.trim());
        if (!matcher.matches()) {
            return RestErrors.error(400, null, "INVALID_VERSION", "Invalid LinkedIn-Version \""
                    + Html.truncate(version, 40) + "\": expected YYYYMM or YYYYMM.RR");
        }
        String echoed = matcher.group(1) + matcher.group(2) + "01";
        if (!isActive(YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))))) {
            return RestErrors.nonexistentVersion(echoed);
        }
        String resource = "partnerApiPostsExternal.CREATE." + echoed;
        Posting.Admission admission = posting.admit(request, token, resource);
        if (admission instanceof Posting.Admission.Refused refused) {
            return refused.response();
        }
        JsonNode body = ((Posting.Admission.Admitted) admission).body();
        JsonChecks checks = new JsonChecks();
        checks.onlyKnownFields(body, FIELDS, "/");
        String author = Posting.author(checks, body);
        String commentary = checks.string(body, "commentary", "/commentary");
        String visibility = checks.symbol(body, "visibility", "/visibility", VISIBILITIES);
        JsonNode distribution = checks.object(body, "distribution", "/distribution");
        if (distribution != null) {
            checks.symbol(distribution, "feedDistribution", "/distribution/feedDistribution", FEED_DISTRIBUTIONS);
        }
        checks.symbol(body, "lifecycleState", "/lifecycleState", LIFECYCLE_STATES);
        checks.optionalBoolean(body, "isReshareDisabledByAuthor", "/isReshareDisabledByAuthor");
        java.util.List<String> images = PostContentCheck.shape(checks, body.get("content"));
        if (!checks.errors().isEmpty()) {
            return RestErrors.validation(422, checks.errors());
        }
        if (author.equals("urn:li:person:" + token.memberId())) {
            // Whose the post may be is create's 403; only the author's own post gets to the images' 400s.
            java.util.Optional<FakeResponse> refused = PostContentCheck.images(context, author, images);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return posting.create(token, "/rest/posts", resource, author, commentary, visibility, request, "x-restli-id");
    }

    /** Versions stay active for a year: from 12 months before the fake's current month up to that month. */
    private boolean isActive(YearMonth version) {
        YearMonth now = YearMonth.from(context.now().atZone(ZoneOffset.UTC));
        return !version.isAfter(now) && !version.isBefore(now.minusMonths(12));
    }
}
