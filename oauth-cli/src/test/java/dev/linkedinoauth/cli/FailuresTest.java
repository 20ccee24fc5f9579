package dev.linkedinoauth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.core.AuthorizationDeniedException;
import dev.linkedinoauth.core.CallbackTimeoutException;
import dev.linkedinoauth.core.ConfigurationException;
import dev.linkedinoauth.core.LinkedInApiException;
import dev.linkedinoauth.core.LinkedInApiException.Kind;
import dev.linkedinoauth.core.LinkedInConnectionException;
import dev.linkedinoauth.core.StateMismatchException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static LinkedInApiException api(int status, String error, Integer code, Kind kind) {
        return new LinkedInApiException("Calling LinkedIn", status, error, code, "described", kind);
    }

    @Test
    void aMessageEndingInAFullStopGetsOneBeforeTheHint() {
        assertThat(Failures.hinted("Start the login again.", "run login again"))
                .isEqualTo("Start the login again. What to do: run login again");
        assertThat(Failures.hinted("No redirect", "wait")).isEqualTo("No redirect. What to do: wait");
    }

    @Test
    void cancelledIsFour() {
        var f = Failures.of(new AuthorizationDeniedException("user_cancelled_authorize", "The user cancelled"));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.CANCELLED);
        assertThat(f.message()).contains("user_cancelled_authorize", "run login again");
    }

    @Test
    void otherDenialIsFour() {
        assertThat(Failures.of(new AuthorizationDeniedException("access_denied", null)).exitCode())
                .isEqualTo(ExitCodes.CANCELLED);
    }

    @Test
    void scopeNotProvisionedIsFiveAndNamesTheProducts() {
        var f = Failures.of(new AuthorizationDeniedException("unauthorized_scope_error", "Scope \"r_liteprofile\""));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(f.message()).contains("Sign In with LinkedIn using OpenID Connect", "Share on LinkedIn", "--scope");
    }

    @Test
    void wrongSecretIsFiveWithTheCredentialsHint() {
        var f = Failures.of(api(401, "invalid_client", null, Kind.INVALID_CLIENT), "login");

        assertThat(f.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(f.message()).contains("What to do: check the client id and the client secret");
    }

    @Test
    void redirectMismatchAtTheExchangeNamesTheRedirectUri() {
        var f = Failures.of(api(400, "invalid_request", null, Kind.INVALID_REQUEST), "login");

        assertThat(f.message()).contains("--redirect-uri");
    }

    @Test
    void expiredOrRevokedTokenIsThree() {
        assertThat(Failures.of(api(401, "EXPIRED_ACCESS_TOKEN", 65602, Kind.TOKEN_EXPIRED)).exitCode())
                .isEqualTo(ExitCodes.NOT_LOGGED_IN);
        assertThat(Failures.of(api(401, "REVOKED_ACCESS_TOKEN", 65601, Kind.TOKEN_REVOKED)).exitCode())
                .isEqualTo(ExitCodes.NOT_LOGGED_IN);
    }

    @Test
    void rateLimitIsFiveAndSaysWhenToRetry() {
        var f = Failures.of(api(429, null, 101, Kind.RATE_LIMITED));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.LINKEDIN_ERROR);
        assertThat(f.message()).contains("00:00 UTC");
    }

    @Test
    void missingScopeForAnApiIsFive() {
        assertThat(Failures.of(api(403, "ACCESS_DENIED", 100, Kind.ACCESS_DENIED)).exitCode())
                .isEqualTo(ExitCodes.LINKEDIN_ERROR);
    }

    @Test
    void callbackTimeoutIsSix() {
        var f = Failures.of(new CallbackTimeoutException("No redirect", Duration.ofSeconds(1)));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(f.message()).contains("redirect_uri does not match the registered value");
    }

    @Test
    void networkTimeoutIsSixAndOtherNetworkFailuresAreOne() {
        var timeout = new LinkedInConnectionException("LinkedIn did not answer", new SocketTimeoutException("read"));
        var refused = new LinkedInConnectionException("Cannot reach LinkedIn", new java.net.ConnectException("refused"));

        assertThat(Failures.of(timeout).exitCode()).isEqualTo(ExitCodes.TIMEOUT);
        assertThat(Failures.of(refused).exitCode()).isEqualTo(ExitCodes.UNEXPECTED);
    }

    @Test
    void libraryConfigurationErrorIsTwo() {
        assertThat(Failures.of(new ConfigurationException("The scopes must include openid")).exitCode())
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void stateMismatchIsFour() {
        assertThat(Failures.of(new StateMismatchException("foreign state")).exitCode()).isEqualTo(ExitCodes.CANCELLED);
    }

    @Test
    void anythingElseIsOneAndPointsAtVerbose() {
        var f = Failures.of(new IllegalStateException("boom"));

        assertThat(f.exitCode()).isEqualTo(ExitCodes.UNEXPECTED);
        assertThat(f.message()).contains("IllegalStateException", "boom", "--verbose");
    }
}
