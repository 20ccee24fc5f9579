package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** §10: interactive consent, sign-in then consent, Allow or Cancel, everything escaped. */
@Timeout(30)
class InteractiveConsentTest {
    private static final FakeMember GRACE = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build();
    private static final Pattern REQUEST_ID = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start(FakeConfig.builder().consent(Consent.INTERACTIVE)
                .app(FakeApp.builder().name("<script>alert('app')</script> Demo").build())
                .member(FakeMember.defaults()).member(GRACE).build());
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void authorizationShowsASignInPageListingMembersWithStableIds() {
        HttpResponse<String> page = flow.authorize(Flow.DEFAULT_SCOPES);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("id=\"member-AbC12dEf3G\"", "id=\"member-GrH0pp3rXy\"", "id=\"email\"",
                "id=\"signin\"", "id=\"cancel\"", "Grace Hopper", "grace@example.com");
    }

    @Test
    void theAppNameAndStateAreEscapedOnEveryPage() {
        String state = "\"><script>alert('state')</script>";
        HttpResponse<String> signIn = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "openid%20profile", state));
        assertThat(signIn.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;app&#39;)&lt;/script&gt; Demo");
        HttpResponse<String> consent = chooseMember(signIn, "AbC12dEf3G");
        assertThat(consent.body()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Http.locationQuery(press(consent, "allow"))).containsEntry("state", state);
    }

    @Test
    void choosingAMemberShowsTheConsentPageWithEachScopeDescribed() {
        HttpResponse<String> consent = chooseMember(flow.authorize(Flow.DEFAULT_SCOPES), "GrH0pp3rXy");
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("id=\"allow\"", "id=\"cancel\"", "Grace Hopper",
                "id=\"scope-openid\"", "id=\"scope-w_member_social\"",
                "Create, modify, and delete posts, comments, and reactions on your behalf",
                "Use the primary email address associated with your LinkedIn account", "localhost:3000");
    }

    @Test
    void allowRedirectsWithACodeForTheChosenMember() {
        HttpResponse<String> redirect = press(chooseMember(flow.authorize(Flow.DEFAULT_SCOPES), "GrH0pp3rXy"), "allow");
        assertThat(redirect.statusCode()).isEqualTo(302);
        String code = Http.locationQuery(redirect).get("code");
        assertThat(Http.locationQuery(redirect)).containsEntry("state", "st4te");
        String token = Http.json(flow.exchange(code)).get("access_token").asText();
        assertThat(Http.json(Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization", "Bearer " + token)).get("sub").asText())
                .isEqualTo("GrH0pp3rXy");
    }

    @Test
    void signingInByEmailWorksInAnyCase() {
        HttpResponse<String> signIn = flow.authorize(Flow.DEFAULT_SCOPES);
        HttpResponse<String> consent = Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/signin"),
                Http.fields("request", requestId(signIn), "email", "Grace@Example.com", "password", "x", "action", "signin"));
        assertThat(consent.body()).contains("id=\"consent-page\"", "Grace Hopper");
    }

    @Test
    void anUnknownEmailShowsTheSignInPageAgainWithAnError() {
        HttpResponse<String> signIn = flow.authorize(Flow.DEFAULT_SCOPES);
        HttpResponse<String> again = Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/signin"),
                Http.fields("request", requestId(signIn), "email", "<b>nobody@example.com</b>", "action", "signin"));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("id=\"signin-error\"", "Couldn&#39;t find a LinkedIn account").doesNotContain("<b>");
    }

    @Test
    void cancelAtSignInRedirectsWithUserCancelledLogin() {
        HttpResponse<String> redirect = press(flow.authorize(Flow.DEFAULT_SCOPES), "cancel");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(Http.locationQuery(redirect)).containsEntry("error", "user_cancelled_login")
                .containsEntry("error_description", "The user cancelled LinkedIn login").containsEntry("state", "st4te");
    }

    @Test
    void cancelAtConsentRedirectsWithUserCancelledAuthorize() {
        HttpResponse<String> redirect = press(chooseMember(flow.authorize(Flow.DEFAULT_SCOPES), "AbC12dEf3G"), "cancel");
        assertThat(Http.locationQuery(redirect)).containsEntry("error", "user_cancelled_authorize")
                .containsEntry("error_description", "The user cancelled the authorization").containsEntry("state", "st4te");
    }

    @Test
    void aForgedRequestIdGetsTheErrorPage() {
        HttpResponse<String> response = Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/consent"),
                Http.fields("request", "forged", "action", "allow"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Bummer, something went wrong.");
    }

    @Test
    void consentWithoutSigningInFirstIsRefused() {
        HttpResponse<String> signIn = flow.authorize(Flow.DEFAULT_SCOPES);
        HttpResponse<String> response = Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/consent"),
                Http.fields("request", requestId(signIn), "action", "allow"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void aRequestCannotBeAllowedTwice() {
        HttpResponse<String> consent = chooseMember(flow.authorize(Flow.DEFAULT_SCOPES), "AbC12dEf3G");
        assertThat(press(consent, "allow").statusCode()).isEqualTo(302);
        assertThat(press(consent, "allow").statusCode()).isEqualTo(400);
    }

    @Test
    void aPendingSignInExpiresAfterThirtyMinutes() {
        HttpResponse<String> signIn = flow.authorize(Flow.DEFAULT_SCOPES);
        fake.clock().advance(java.time.Duration.ofMinutes(31));
        assertThat(chooseMember(signIn, "AbC12dEf3G").statusCode()).isEqualTo(400);
    }

    @Test
    void validationFailuresAreNotShownAsPagesButRedirectedOrRefused() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "r_liteprofile", "s"));
        assertThat(Http.locationQuery(response)).containsEntry("error", "unauthorized_scope_error");
    }

    private HttpResponse<String> chooseMember(HttpResponse<String> signInPage, String memberId) {
        return Http.postForm(URI.create(fake.baseUrl() + "/oauth/v2/authorization/signin"),
                Http.fields("request", requestId(signInPage), "member", memberId));
    }

    private HttpResponse<String> press(HttpResponse<String> page, String action) {
        String path = page.body().contains("id=\"consent-page\"") ? "/oauth/v2/authorization/consent" : "/oauth/v2/authorization/signin";
        return Http.postForm(URI.create(fake.baseUrl() + path), Http.fields("request", requestId(page), "action", action));
    }

    private static String requestId(HttpResponse<String> page) {
        Matcher matcher = REQUEST_ID.matcher(page.body());
        assertThat(matcher.find()).as("a request id in the page").isTrue();
        return matcher.group(1);
    }
}
