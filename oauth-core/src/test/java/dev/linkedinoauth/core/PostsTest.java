package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;

/** LinkedInPosts against the fake: what is sent, what LinkedIn would show, and every error as a typed kind. */
@Timeout(60)
class PostsTest {
    /** Every reserved character of little text, with the guide's smiley and some ordinary punctuation. */
    static final String RESERVED_TEXT = "Hello LinkedIn API :-) \\ | {braces} @at [brackets] (parens) <angle> #hash *star* "
            + "_under_ ~tilde~ \"quotes\" & 100% ümlaut 🚀";
    private static final URI REDIRECT = URI.create("http://localhost:3000/callback");
    private static final String PERSON = "urn:li:person:" + TestSupport.MEMBER_ID;

    private FakeLinkedIn fake;
    private LinkedInHttp http;
    private LinkedInPosts posts;
    private String token;

    @BeforeEach
    void start() {
        fake = TestSupport.fakeFor(REDIRECT);
        http = TestSupport.quickHttp();
        posts = postsFor(LinkedInPosts.builder(http));
        token = tokenWith(AuthorizationRequest.DEFAULT_SCOPES);
    }

    @AfterEach
    void stop() {
        http.close();
        fake.close();
    }

    private LinkedInPosts postsFor(LinkedInPosts.Builder builder) {
        return builder.endpoints(LinkedInEndpoints.forBaseUrl(fake.baseUrl())).build();
    }

    private TokenClient tokens() {
        return new TokenClient(http, LinkedInEndpoints.forBaseUrl(fake.baseUrl()), TestSupport.CLIENT_ID,
                Secret.of(TestSupport.CLIENT_SECRET));
    }

    private String tokenWith(List<String> scopes) {
        return tokens().exchangeCode(TestSupport.codeFromFake(fake, REDIRECT, scopes), REDIRECT).value();
    }

    private LinkedInApiException failure(Post post) {
        return catchThrowableOfType(LinkedInApiException.class, () -> posts.publish(token, post));
    }

    // --- success -----------------------------------------------------------------------------------

    @Test
    void textFullOfReservedCharactersIsEscapedAndLinkedInShowsItUnchanged() {
        posts.publish(token, Post.of(RESERVED_TEXT));

        ReceivedPost received = fake.posts().get(0);
        assertThat(received.commentary()).isEqualTo(LittleText.escape(RESERVED_TEXT));
        assertThat(received.truncated()).isFalse();
        assertThat(received.shownText()).isEqualTo(RESERVED_TEXT);
    }

    @Test
    void theUrnComesFromTheXRestliIdHeaderAndTheUrlFromTheUrn() {
        PublishedPost published = posts.publish(token, Post.of("Hello LinkedIn API :-)"));

        assertThat(published.urn()).isEqualTo(fake.posts().get(0).urn()).startsWith("urn:li:share:");
        assertThat(published.url()).isEqualTo(URI.create("https://www.linkedin.com/feed/update/" + published.urn()));
        assertThat(published.commentary()).isEqualTo("Hello LinkedIn API :-\\)");
        assertThat(published.api()).isEqualTo(PostingApi.POSTS);
    }

    @Test
    void thePostsApiGetsTheVersionTheProtocolHeaderAndTheDocumentedBody() {
        posts.publish(token, Post.builder("Hello").member(TestSupport.MEMBER_ID).build());

        RecordedRequest request = fake.verify(RequestPattern.to(LinkedInEndpoint.POSTS));
        assertThat(request.header("LinkedIn-Version")).isEqualTo(posts.linkedInVersion().value())
                .isEqualTo(LinkedInVersion.recommended(java.time.Clock.systemUTC()).value());
        assertThat(request.header("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + token);
        assertThat(request.json().toString()).isEqualTo("{\"author\":\"" + PERSON + "\",\"commentary\":\"Hello\","
                + "\"visibility\":\"PUBLIC\",\"distribution\":{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],"
                + "\"thirdPartyDistributionChannels\":[]},\"lifecycleState\":\"PUBLISHED\",\"isReshareDisabledByAuthor\":false}");
    }

    @Test
    void withoutAnAuthorTheTokensMemberPostsAfterAskingUserinfo() {
        PublishedPost published = posts.publish(token, Post.of("Who am I"));

        assertThat(published.author()).isEqualTo(PERSON);
        assertThat(fake.posts().get(0).author()).isEqualTo(PERSON);
        fake.verify(RequestPattern.to(LinkedInEndpoint.USERINFO));
    }

    @Test
    void withAnAuthorUserinfoIsNotAsked() {
        posts.publish(token, Post.builder("Known author").member(TestSupport.MEMBER_ID).build());

        assertThat(fake.requests()).extracting(RecordedRequest::endpoint).doesNotContain(LinkedInEndpoint.USERINFO);
    }

    @Test
    void aPinnedVersionIsSent() {
        LinkedInPosts pinned = postsFor(LinkedInPosts.builder(http).linkedInVersion(
                LinkedInVersion.of(java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(5))));

        pinned.publish(token, Post.builder("Pinned").member(TestSupport.MEMBER_ID).build());

        assertThat(fake.verify(RequestPattern.to(LinkedInEndpoint.POSTS)).header("LinkedIn-Version"))
                .isEqualTo(pinned.linkedInVersion().value());
    }

    @Test
    void visibilityIsSentAsAPlainString() {
        posts.publish(token, Post.builder("Connections only").visibility(Post.Visibility.CONNECTIONS).build());

        assertThat(fake.posts().get(0).visibility()).isEqualTo("CONNECTIONS");
    }

    @Test
    void rawModeSendsMentionsAndHashtagsAsWritten() {
        String littleText = "Thanks @[ACME](urn:li:organization:123) #java \\(escaped by hand\\)";

        posts.publish(token, Post.builder(littleText).raw(true).build());

        ReceivedPost received = fake.posts().get(0);
        assertThat(received.commentary()).isEqualTo(littleText);
        assertThat(received.shownText()).isEqualTo("Thanks ACME #java (escaped by hand)");
    }

    @Test
    void rawModeLeavesAnUnescapedReservedCharacterForLinkedInToCutAt() {
        posts.publish(token, Post.builder("Hello LinkedIn API :-) and the rest").raw(true).build());

        assertThat(fake.posts().get(0).truncated()).isTrue();
        assertThat(fake.posts().get(0).shownText()).isEqualTo("Hello LinkedIn API :-");
    }

    @Test
    void theUgcApiGetsPlainTextWithoutAVersion() {
        LinkedInPosts ugc = postsFor(LinkedInPosts.builder(http).api(PostingApi.UGC_POSTS));

        PublishedPost published = ugc.publish(token, Post.builder(RESERVED_TEXT).visibility(Post.Visibility.CONNECTIONS).build());

        RecordedRequest request = fake.verify(RequestPattern.to(LinkedInEndpoint.UGC_POSTS));
        assertThat(request.header("LinkedIn-Version")).isNull();
        assertThat(request.header("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        ReceivedPost received = fake.posts().get(0);
        assertThat(received.api()).isEqualTo("/v2/ugcPosts");
        assertThat(received.commentary()).isEqualTo(RESERVED_TEXT);
        assertThat(received.shownText()).isEqualTo(RESERVED_TEXT);
        assertThat(received.visibility()).isEqualTo("CONNECTIONS");
        assertThat(published.urn()).isEqualTo(received.urn());
        assertThat(published.api()).isEqualTo(PostingApi.UGC_POSTS);
    }

    @Test
    void thePreviewShowsTheRequestWithTheTokenMaskedAndSendsNothing() {
        PostRequest preview = posts.preview(token, Post.builder("Hello LinkedIn API :-)").member(TestSupport.MEMBER_ID).build());

        assertThat(preview.uri()).isEqualTo(URI.create(fake.baseUrl() + "/rest/posts"));
        assertThat(preview.headers()).containsEntry("Authorization", "Bearer " + Masking.mask(token))
                .containsEntry("LinkedIn-Version", posts.linkedInVersion().value())
                .containsEntry("X-Restli-Protocol-Version", "2.0.0");
        assertThat(preview.toString()).startsWith("POST " + fake.baseUrl() + "/rest/posts\nAuthorization: Bearer ")
                .contains("\"commentary\" : \"Hello LinkedIn API :-\\\\)\"").doesNotContain(token);
        assertThat(fake.posts()).isEmpty();
        assertThat(fake.requests()).extracting(RecordedRequest::endpoint)
                .doesNotContain(LinkedInEndpoint.POSTS, LinkedInEndpoint.USERINFO);
    }

    @Test
    void theFacadePostsOnItsOwnEndpoints() {
        try (LinkedInOAuth oauth = TestSupport.oauthFor(fake, REDIRECT, TestSupport.lines()).build()) {
            PublishedPost published = oauth.posts().publish(token, Post.of("From the facade"));

            assertThat(published.urn()).isEqualTo(fake.posts().get(0).urn());
        }
    }

    // --- errors produced by real conditions ----------------------------------------------------------

    @Test
    void aTokenWithoutWMemberSocialIsAccessDeniedWithTheScopeToAskFor() {
        token = tokenWith(List.of("openid", "profile"));

        LinkedInApiException e = failure(Post.of("No scope"));

        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.status()).isEqualTo(403);
        assertThat(e.getMessage()).contains("partnerApiPostsExternal.CREATE", "w_member_social", "Share on LinkedIn");
    }

    @Test
    void anOrganizationAuthorWithoutTheRoleIsAccessDeniedNamingWhatItNeeds() {
        LinkedInApiException e = failure(Post.builder("As a page").author("urn:li:organization:123").build());

        assertThat(e.kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("urn:li:organization:123", "w_organization_social", "ADMINISTRATOR");
    }

    @Test
    void theSameTextTwiceIsADuplicate() {
        posts.publish(token, Post.of("Only once"));

        LinkedInApiException e = failure(Post.of("Only once"));

        assertThat(e.kind()).isEqualTo(Kind.DUPLICATE_POST);
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.error()).isEqualTo("DUPLICATE_POST");
        assertThat(e.getMessage()).contains("duplicate of " + fake.posts().get(0).urn(), "already posted");
    }

    @Test
    void aRetiredVersionSaysHowToPickANewerOne() {
        posts = postsFor(LinkedInPosts.builder(http).linkedInVersion("202001"));

        LinkedInApiException e = failure(Post.of("Old version"));

        assertThat(e.kind()).isEqualTo(Kind.VERSION_NOT_ACTIVE);
        assertThat(e.status()).isEqualTo(426);
        assertThat(e.error()).isEqualTo("NONEXISTENT_VERSION");
        assertThat(e.getMessage()).contains("Requested version 20200101 is not active", "LinkedIn-Version 202001",
                "last twelve", "linkedInVersion(\"YYYYMM\")");
    }

    @Test
    void aTokenPastItsSixtyDaysOnTheFakesClockIsExpired() {
        fake.clock().advance(Duration.ofDays(61));

        LinkedInApiException e = failure(Post.builder("Too late").member(TestSupport.MEMBER_ID).build());

        assertThat(e.kind()).isEqualTo(Kind.TOKEN_EXPIRED);
        assertThat(e.serviceErrorCode()).isEqualTo(65602);
        assertThat(e.kind().needsNewLogin()).isTrue();
    }

    @Test
    void aRevokedTokenIsRevoked() {
        tokens().revoke(token);

        assertThat(failure(Post.builder("Revoked").member(TestSupport.MEMBER_ID).build()).kind()).isEqualTo(Kind.TOKEN_REVOKED);
    }

    @Test
    void anUnknownTokenIsInvalid() {
        token = "AQVnot-a-token-the-fake-issued";

        assertThat(failure(Post.builder("Who").member(TestSupport.MEMBER_ID).build()).kind()).isEqualTo(Kind.TOKEN_INVALID);
    }

    @Test
    void theErrorMessageNeverCarriesTheToken() {
        fake.clock().advance(Duration.ofDays(61));

        assertThat(failure(Post.builder("x").member(TestSupport.MEMBER_ID).build()).getMessage()).doesNotContain(token);
    }

    // --- errors scripted on the fake ------------------------------------------------------------------

    private LinkedInApiException scripted(LinkedInError error, int times) {
        fake.enqueue(Outcome.error(error).on(LinkedInEndpoint.POSTS).times(times));
        return failure(Post.builder("Scripted").member(TestSupport.MEMBER_ID).build());
    }

    @Test
    void scriptedExpiredRevokedAndInvalidTokensAreTheirKinds() {
        assertThat(scripted(LinkedInError.EXPIRED_ACCESS_TOKEN, 1).kind()).isEqualTo(Kind.TOKEN_EXPIRED);
        assertThat(scripted(LinkedInError.REVOKED_ACCESS_TOKEN, 1).kind()).isEqualTo(Kind.TOKEN_REVOKED);
        assertThat(scripted(LinkedInError.INVALID_ACCESS_TOKEN, 1).kind()).isEqualTo(Kind.TOKEN_INVALID);
        assertThat(scripted(LinkedInError.EMPTY_ACCESS_TOKEN, 1).kind()).isEqualTo(Kind.TOKEN_INVALID);
    }

    @Test
    void scriptedAccessDeniedDuplicateAndVersionAreTheirKinds() {
        assertThat(scripted(LinkedInError.ACCESS_DENIED, 1).kind()).isEqualTo(Kind.ACCESS_DENIED);
        assertThat(scripted(LinkedInError.DUPLICATE_POST, 1).kind()).isEqualTo(Kind.DUPLICATE_POST);
        LinkedInApiException version = scripted(LinkedInError.NONEXISTENT_VERSION, 1);
        assertThat(version.kind()).isEqualTo(Kind.VERSION_NOT_ACTIVE);
        assertThat(version.getMessage()).contains("linkedInVersion(");
    }

    @Test
    void aQuotaStillExceededAfterTheRetriesIsRateLimited() {
        LinkedInApiException e = scripted(LinkedInError.TOO_MANY_REQUESTS, 3);   // quickHttp: 1 try + 2 retries

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).contains("150 posts per member per day");
        assertThat(fake.posts()).isEmpty();
    }

    @Test
    void aQuotaThatClearsWithinTheRetriesPostsOnce() {
        fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(0)).on(LinkedInEndpoint.POSTS));

        posts.publish(token, Post.builder("Second try").member(TestSupport.MEMBER_ID).build());

        assertThat(fake.posts()).hasSize(1);
    }

    @Test
    void a503IsNotResentBecauseThePostMayAlreadyExist() {
        fake.enqueue(Outcome.status(503).retryAfter(Duration.ofSeconds(0)).on(LinkedInEndpoint.POSTS));

        LinkedInApiException e = failure(Post.builder("Maybe published").member(TestSupport.MEMBER_ID).build());

        assertThat(e.status()).isEqualTo(503);
        assertThat(fake.requests()).filteredOn(r -> r.path().equals("/rest/posts")).hasSize(1);
        assertThat(fake.pendingOutcomes()).isEmpty();
    }

    @Test
    void a201WithoutTheUrnHeaderIsReportedNotGuessed() {
        fake.enqueue(Outcome.status(201).on(LinkedInEndpoint.POSTS));

        LinkedInApiException e = failure(Post.builder("No id").member(TestSupport.MEMBER_ID).build());

        assertThat(e.kind()).isEqualTo(Kind.OTHER);
        assertThat(e.getMessage()).contains("no x-restli-id");
    }
}
