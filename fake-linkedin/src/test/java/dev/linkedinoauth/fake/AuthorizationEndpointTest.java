package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** §10 row GET /oauth/v2/authorization, automatic consent. */
@Timeout(30)
class AuthorizationEndpointTest {
    private FakeLinkedIn fake;
    private Flow flow;

    @BeforeEach
    void start() {
        fake = FakeLinkedIn.start(FakeConfig.builder()
                .app(FakeApp.builder().redirectUris(List.of(Flow.REDIRECT, "http://localhost:4000/cb?tenant=7")).build())
                .app(FakeApp.builder().clientId("legacy-app").clientSecret("legacy-secret")
                        .scopes("r_liteprofile", "r_emailaddress", "w_member_social").build())
                .build());
        flow = new Flow(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void successRedirectsWithCodeAndEchoedState() {
        HttpResponse<String> response = flow.authorize("openid profile");
        assertThat(response.statusCode()).isEqualTo(302);
        Map<String, String> query = Http.locationQuery(response);
        assertThat(query.keySet()).containsExactly("code", "state");
        assertThat(query.get("code")).startsWith("AQ").hasSizeGreaterThan(150);
        assertThat(query.get("state")).isEqualTo("st4te");
    }

    @Test
    void stateWithReservedCharactersIsEncodedAndEchoedUnchanged() {
        String state = "a b&c=d/<script>é";
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "openid", state));
        assertThat(Http.locationQuery(response)).containsEntry("state", state);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("<script>", " ");
    }

    @Test
    void withoutStateTheRedirectHasNoStateParameter() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "openid", null));
        assertThat(Http.locationQuery(response).keySet()).containsExactly("code");
    }

    @ParameterizedTest(name = "scope separator {0}")
    @ValueSource(strings = {"openid%20profile%20w_member_social", "openid+profile+w_member_social",
            "openid,profile,w_member_social", "openid%2Cprofile%2Cw_member_social"})
    void acceptsSpacePlusAndCommaAsScopeSeparators(String scope) {
        String code = Http.locationQuery(Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, scope, "s"))).get("code");
        assertThat(Http.json(flow.exchange(code)).get("scope").asText()).isEqualTo("openid,profile,w_member_social");
    }

    @Test
    void unknownClientIdShowsLinkedInsErrorPageWithoutRedirect() {
        HttpResponse<String> response = Http.get(flow.authorizeUri("nobody", Flow.REDIRECT, "openid", "s"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.body()).contains("Bummer, something went wrong.").contains("client_id is invalid");
    }

    @Test
    void missingClientIdShowsTheErrorPage() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(null, Flow.REDIRECT, "openid", "s"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Bummer, something went wrong.");
    }

    @ParameterizedTest(name = "[{index}] redirect_uri \"{0}\"")
    @ValueSource(strings = {"http://localhost:3000/callback/", "http://localhost:3001/callback", "https://localhost:3000/callback",
            "http://127.0.0.1:3000/callback", "http://localhost:3000/Callback", "http://localhost:3000/callback?x=1", ""})
    void unregisteredRedirectUriShowsTheErrorPage(String redirectUri) {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, redirectUri, "openid", "s"));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("Bummer, something went wrong.")
                .contains("The redirect_uri does not match the registered value");
    }

    @Test
    void aRegisteredUrlsQueryIsIgnoredWhenComparing() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, "http://localhost:4000/cb", "openid", "s"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:4000/cb?code=AQ");
    }

    @Test
    void theRedirectUrisOwnQueryIsPreserved() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, "http://localhost:4000/cb?tenant=7", "openid", "s"));
        assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("http://localhost:4000/cb?tenant=7&code=AQ");
        assertThat(Http.locationQuery(response)).containsEntry("tenant", "7").containsEntry("state", "s");
    }

    @Test
    void unprovisionedScopeRedirectsWithLinkedInsEncodedDescription() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, "openid%20r_liteprofile", "xyz"));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).isEqualTo(Flow.REDIRECT
                + "?error=unauthorized_scope_error&error_description=Scope+%26quot%3Br_liteprofile%26quot%3B+is+not+authorized+for+your+application&state=xyz");
    }

    @Test
    void aScriptInTheScopeIsEncodedInTheRedirect() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, Http.enc("<script>alert(1)</script>"), "s"));
        assertThat(Http.locationQuery(response)).containsEntry("error", "unauthorized_scope_error")
                .containsEntry("error_description", "Scope &quot;<script>alert(1)</script>&quot; is not authorized for your application");
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("<");
    }

    @Test
    void legacyScopesAreUnauthorizedForDefaultAppsButGrantedToProvisionedOnes() {
        HttpResponse<String> legacy = Http.get(flow.authorizeUri("legacy-app", Flow.REDIRECT, "r_liteprofile", "s"));
        assertThat(Http.locationQuery(legacy)).containsKey("code");
    }

    @Test
    void missingScopeRedirectsWithInvalidRequest() {
        HttpResponse<String> response = Http.get(flow.authorizeUri(Flow.CLIENT_ID, Flow.REDIRECT, null, "s"));
        assertThat(Http.locationQuery(response)).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "You need to pass the \"scope\" parameter").containsEntry("state", "s");
    }

    @Test
    void missingOrWrongResponseTypeRedirectsWithAnError() {
        String base = fake.url(LinkedInEndpoint.AUTHORIZATION) + "?client_id=" + Flow.CLIENT_ID + "&redirect_uri=" + Http.enc(Flow.REDIRECT)
                + "&scope=openid&state=s";
        assertThat(Http.locationQuery(Http.get(URI.create(base)))).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "You need to pass the \"response_type\" parameter");
        assertThat(Http.locationQuery(Http.get(URI.create(base + "&response_type=token"))))
                .containsEntry("error", "unsupported_response_type");
    }

    @Test
    void malformedPercentEncodingIsA400NotA500() {
        String response = Http.raw(fake, "GET /oauth/v2/authorization?client_id=%zz&redirect_uri=x HTTP/1.1\r\n"
                + "Host: localhost\r\nConnection: close\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400").doesNotContain("Exception");
    }
}
