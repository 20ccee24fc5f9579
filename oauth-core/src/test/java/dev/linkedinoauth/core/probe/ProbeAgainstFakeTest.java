package dev.linkedinoauth.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.LinkedInError;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every probe against the embedded fake: all match; scripted deviations show as drift on exactly their rows. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProbeAgainstFakeTest {
    private static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "email", "w_member_social");

    private FakeLinkedIn fake;

    @BeforeEach
    void start() {
        Set<String> scopes = new HashSet<>(FakeApp.DEFAULT_SCOPES);
        scopes.add("r_liteprofile");
        fake = FakeLinkedIn.start(FakeConfig.builder().app(FakeApp.builder().scopes(scopes).build()).build());
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private ProbeRun run(String token, Set<String> scopes) {
        return runner(ProbeCredentials.of(MemberTokens.CLIENT_ID, MemberTokens.CLIENT_SECRET, token, scopes)).run(Probes.all());
    }

    private ProbeRunner runner(ProbeCredentials credentials) {
        return ProbeRunner.builder(ProbeTarget.forBaseUrl(fake.baseUrl())).credentials(credentials)
                .spacing(Duration.ZERO).build();
    }

    @Test
    void everyProbeMatchesTheFakeWithAnOpenIdTokenExceptThoseNeedingOtherScopes() throws Exception {
        String token = MemberTokens.obtain(fake, String.join(" ", OIDC_SCOPES));

        ProbeRun run = run(token, OIDC_SCOPES);

        assertThat(run.with(Verdict.DRIFT)).isEmpty();
        assertThat(run.with(Verdict.SKIPPED)).extracting(ProbeResult::id)
                .containsExactlyInAnyOrder("5.5-me-legacy-token", "7.2-posts-missing-scope");
        assertThat(run.count(Verdict.MATCH)).isEqualTo(Probes.all().size() - 2);
        assertThat(run.stopReason()).isEmpty();
    }

    @Test
    void acrossThreeTokensEveryProbeMatchesAtLeastOnce() throws Exception {
        Set<String> matched = new HashSet<>();
        for (Set<String> scopes : List.of(OIDC_SCOPES, Set.of("openid", "profile"), Set.of("r_liteprofile", "w_member_social"))) {
            ProbeRun run = run(MemberTokens.obtain(fake, String.join(" ", scopes)), scopes);
            assertThat(run.with(Verdict.DRIFT)).as("scopes %s", scopes).isEmpty();
            run.with(Verdict.MATCH).forEach(r -> matched.add(r.id()));
        }

        assertThat(matched).containsExactlyInAnyOrderElementsOf(Probes.all().stream().map(Probe::id).toList());
    }

    @Test
    void aChangedTokenErrorAndAChangedRestEnvelopeAreExactlyTheRowsReportedAsDrift() throws Exception {
        String token = MemberTokens.obtain(fake, String.join(" ", OIDC_SCOPES));
        fake.enqueue(Outcome.error(LinkedInError.INVALID_CLIENT).on(LinkedInEndpoint.TOKEN),
                Outcome.status(403).body("{\"status\":403,\"message\":\"Forbidden\"}").on(LinkedInEndpoint.ME));

        ProbeRun run = run(token, OIDC_SCOPES);

        assertThat(run.with(Verdict.DRIFT)).extracting(ProbeResult::id)
                .containsExactly("3.5-token-bogus-code", "5.5-me-oidc-token");
        ProbeResult tokenRow = run.with(Verdict.DRIFT).get(0);
        assertThat(tokenRow.observed()).isEqualTo("401 error=invalid_client error_description=Client authentication failed");
        assertThat(tokenRow.differences()).contains("error is \"invalid_client\", expected \"invalid_request\"");
        ProbeResult meRow = run.with(Verdict.DRIFT).get(1);
        assertThat(meRow.differences()).contains("serviceErrorCode is absent, expected 100",
                "code is absent, expected \"ACCESS_DENIED\"");
        assertThat(run.toString()).doesNotContain(token, MemberTokens.CLIENT_SECRET);
    }

    @Test
    void theJournalShowsNothingWasCreatedUploadedOrRevokedAndEachProbeWasSentOnce() throws Exception {
        String token = MemberTokens.obtain(fake, String.join(" ", OIDC_SCOPES));
        int before = fake.requestCount();

        ProbeRun run = run(token, OIDC_SCOPES);

        List<RecordedRequest> probes = fake.requests().subList(before, fake.requestCount());
        assertThat(probes).hasSize((int) (run.count(Verdict.MATCH) + run.count(Verdict.DRIFT)));
        assertThat(fake.posts()).isEmpty();
        fake.verify(0, RequestPattern.to(LinkedInEndpoint.REVOKE));
        fake.verify(0, RequestPattern.to(LinkedInEndpoint.UGC_POSTS));
        assertThat(probes).filteredOn(r -> r.endpoint() == LinkedInEndpoint.TOKEN || r.endpoint() == LinkedInEndpoint.POSTS)
                .isNotEmpty().allSatisfy(r -> assertThat(r.status()).as(r.toString()).isGreaterThanOrEqualTo(400));
        assertThat(probes).filteredOn(r -> r.endpoint() == LinkedInEndpoint.POSTS)
                .allSatisfy(r -> assertThat(r.body()).isEqualTo("{}"));
    }

    @Test
    void theFirst429StopsTheRunAndTheRestAreSkippedWithItsRetryAfter() throws Exception {
        String token = MemberTokens.obtain(fake, String.join(" ", OIDC_SCOPES));
        int before = fake.requestCount();
        fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(120)).on(LinkedInEndpoint.TOKEN));

        ProbeRun run = run(token, OIDC_SCOPES);

        List<String> ids = Probes.all().stream().map(Probe::id).toList();
        int limited = ids.indexOf("3.5-token-bogus-code");
        assertThat(run.results().get(limited).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(run.results().get(limited).reason()).contains("429", "Retry-After 120 s");
        assertThat(run.results().subList(limited + 1, ids.size()))
                .allSatisfy(r -> assertThat(r.reason()).startsWith("not sent: the run stopped at a 429"));
        assertThat(run.results().subList(0, limited)).allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.MATCH));
        assertThat(run.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(fake.requestCount() - before).isEqualTo(limited + 1);
    }

    @Test
    void aMutatingProbeIsRefusedUnlessAllowed() throws Exception {
        String token = MemberTokens.obtain(fake, String.join(" ", OIDC_SCOPES));
        Probe revoke = Probe.of("4.2-revoke-member-token", "revokes the member's token",
                ProbeRequest.post(ProbeEndpoint.INTROSPECTION).form("client_id", "{client_id}")
                        .form("client_secret", "{client_secret}").form("token", "{member_token}"),
                Expectation.status(200)).asMutating();
        ProbeCredentials credentials = ProbeCredentials.of(MemberTokens.CLIENT_ID, MemberTokens.CLIENT_SECRET, token, OIDC_SCOPES);
        int before = fake.requestCount();

        ProbeRun refused = runner(credentials).run(List.of(revoke));

        assertThat(refused.results().get(0).verdict()).isEqualTo(Verdict.SKIPPED);
        assertThat(refused.results().get(0).reason()).startsWith("mutating");
        assertThat(fake.requestCount()).isEqualTo(before);

        ProbeRun allowed = ProbeRunner.builder(ProbeTarget.forBaseUrl(fake.baseUrl())).credentials(credentials)
                .spacing(Duration.ZERO).allowMutating(true).build().run(List.of(revoke));

        assertThat(allowed.results().get(0).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(fake.requestCount()).isEqualTo(before + 1);
    }

    @Test
    void withoutCredentialsOnlyTheProbesNeedingNoneAreSentAndTheOthersSayWhatIsMissing() {
        ProbeRun run = runner(ProbeCredentials.none()).run(Probes.all());

        assertThat(run.with(Verdict.DRIFT)).isEmpty();
        assertThat(run.with(Verdict.MATCH)).extracting(ProbeResult::id).contains("5.1-discovery-document",
                "2.3-authorize-unknown-client", "3.5-token-unknown-client", "6.2-userinfo-no-token", "6.2-posts-no-token");
        assertThat(run.with(Verdict.SKIPPED)).extracting(ProbeResult::reason)
                .contains("no client id given", "no member token (log in first)");
        assertThat(fake.requestCount()).isEqualTo((int) run.count(Verdict.MATCH));
    }

    @Test
    void aServerThatDoesNotAnswerStopsTheRunAtTheFirstProbe() {
        ProbeTarget gone = ProbeTarget.forBaseUrl(fake.baseUrl());
        fake.close();

        ProbeRun run = ProbeRunner.builder(gone).spacing(Duration.ZERO).timeout(Duration.ofSeconds(5)).build().run(Probes.all());

        assertThat(run.results().get(0).reason()).startsWith("no answer (");
        assertThat(run.results().subList(1, run.results().size()))
                .allSatisfy(r -> assertThat(r.verdict()).isEqualTo(Verdict.SKIPPED));
        assertThat(run.stopReason()).hasValueSatisfying(s -> assertThat(s).contains("5.1-discovery-document"));
    }
}
