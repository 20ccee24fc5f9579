package dev.linkedinoauth.fake.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import java.util.Set;

/**
 * {@code POST /v2/ugcPosts}, the legacy UGC API: no {@code LinkedIn-Version}, the share text under
 * {@code specificContent}, visibility as a {@code MemberNetworkVisibility} object; 201 with {@code X-RestLi-Id}.
 */
public final class UgcPostsEndpoint implements BearerCheck.Authenticated {
    public static final String SHARE_CONTENT = "com.linkedin.ugc.ShareContent";
    public static final String NETWORK_VISIBILITY = "com.linkedin.ugc.MemberNetworkVisibility";
    private static final String RESOURCE = "ugcPosts.CREATE.NO_VERSION";
    private static final Set<String> VISIBILITIES = Set.of("PUBLIC", "CONNECTIONS", "LOGGED_IN");
    private static final Set<String> LIFECYCLE_STATES = Set.of("PUBLISHED", "DRAFT");
    private static final Set<String> MEDIA_CATEGORIES = Set.of("NONE", "ARTICLE", "IMAGE", "VIDEO", "RICH",
            "CAROUSEL", "LEARNING_COURSE", "JOB", "QUESTION", "ANSWER", "TOPIC", "URN_REFERENCE", "LIVE_VIDEO");

    private final Posting posting;

    public UgcPostsEndpoint(Posting posting) {
        this.posting = posting;
    }

    @Override
    public FakeResponse handle(FakeRequest request, IssuedToken token) {
        Posting.Admission admission = posting.admit(request, token, RESOURCE);
        if (admission instanceof Posting.Admission.Refused refused) {
            return refused.response();
        }
        JsonNode body = ((Posting.Admission.Admitted) admission).body();
        JsonChecks checks = new JsonChecks();
        String author = Posting.author(checks, body);
        checks.symbol(body, "lifecycleState", "/lifecycleState", LIFECYCLE_STATES);
        String text = null;
        JsonNode specific = checks.object(body, "specificContent", "/specificContent");
        JsonNode share = specific == null ? null
                : checks.object(specific, SHARE_CONTENT, "/specificContent/" + SHARE_CONTENT);
        if (share != null) {
            String sharePath = "/specificContent/" + SHARE_CONTENT;
            JsonNode commentary = checks.object(share, "shareCommentary", sharePath + "/shareCommentary");
            if (commentary != null) {
                text = checks.string(commentary, "text", sharePath + "/shareCommentary/text");
            }
            checks.symbol(share, "shareMediaCategory", sharePath + "/shareMediaCategory", MEDIA_CATEGORIES);
        }
        String visibility = null;
        JsonNode visibilityNode = checks.object(body, "visibility", "/visibility");
        if (visibilityNode != null) {
            visibility = checks.symbol(visibilityNode, NETWORK_VISIBILITY, "/visibility/" + NETWORK_VISIBILITY, VISIBILITIES);
        }
        if (!checks.errors().isEmpty()) {
            return RestErrors.validation(422, checks.errors());
        }
        return posting.create(token, "/v2/ugcPosts", RESOURCE, author, text, visibility, request, "X-RestLi-Id");
    }
}
