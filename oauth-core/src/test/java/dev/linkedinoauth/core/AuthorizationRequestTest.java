package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorizationRequestTest {
    private static final URI REDIRECT = URI.create("http://localhost:3000/callback");

    private static AuthorizationRequest request() {
        return AuthorizationRequest.create(LinkedInEndpoints.production(), "86abc", REDIRECT,
                AuthorizationRequest.DEFAULT_SCOPES);
    }

    @Test
    void theUrlCarriesExactlyLinkedInsParameters() {
        AuthorizationRequest r = request();
        assertThat(r.uri()).hasToString("https://www.linkedin.com/oauth/v2/authorization?response_type=code"
                + "&client_id=86abc&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&state=" + r.state()
                + "&scope=openid%20profile%20email%20w_member_social");
    }

    @Test
    void noPkceAndNoNonceAreSent() {
        assertThat(request().uri().getRawQuery()).doesNotContain("code_challenge").doesNotContain("nonce");
    }

    @Test
    void theStateIs128RandomBitsInBase64Url() {
        String state = request().state();
        assertThat(state).matches("[A-Za-z0-9_-]{22}");
        assertThat(Base64.getUrlDecoder().decode(state)).hasSize(16);
        assertThat(request().state()).isNotEqualTo(state);
    }

    @Test
    void theRedirectIsReadBackWithTheStateChecked() {
        AuthorizationRequest r = request();
        URI redirected = URI.create(REDIRECT + "?code=AQTabc&state=" + r.state());
        assertThat(AuthorizationResponse.fromRedirect(redirected, r.state()).requireCode()).isEqualTo("AQTabc");
        assertThatThrownBy(() -> AuthorizationResponse.fromRedirect(redirected, "another-state"))
                .isInstanceOf(StateMismatchException.class);
    }

    @Test
    void anErrorRedirectBecomesADenial() {
        AuthorizationResponse r = AuthorizationResponse.fromRedirect(URI.create(REDIRECT
                + "?error=user_cancelled_authorize&error_description=The+user+cancelled+the+authorization&state=s1"), "s1");
        assertThatThrownBy(r::requireCode).isInstanceOfSatisfying(AuthorizationDeniedException.class, e -> {
            assertThat(e.isCancelled()).isTrue();
            assertThat(e.description()).isEqualTo("The user cancelled the authorization");
        });
    }

    @Test
    void anAddressWithoutCodeOrErrorIsNotARedirect() {
        assertThatThrownBy(() -> AuthorizationResponse.fromRedirect(URI.create(REDIRECT + "?state=s1"), "s1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void customScopesKeepTheirOrder() {
        AuthorizationRequest r = AuthorizationRequest.create(LinkedInEndpoints.production(), "id", REDIRECT,
                List.of("openid", "w_member_social"));
        assertThat(r.uri().getRawQuery()).endsWith("&scope=openid%20w_member_social");
    }

    @Test
    void codeToStringIsMasked() {
        assertThat(new AuthorizationResponse.Code("AQTsecretcodevalue123").toString()).doesNotContain("secretcode");
    }
}
