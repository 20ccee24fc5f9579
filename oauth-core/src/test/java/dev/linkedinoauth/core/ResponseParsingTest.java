package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.linkedinoauth.core.LinkedInApiException.Kind;

/** Lenient token parsing and the mapping of LinkedIn's error bodies to typed exceptions. */
class ResponseParsingTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static AccessToken parse(String json) {
        return TokenClient.parseToken("test", new HttpResult(200, json, "application/json"), NOW);
    }

    @Test
    void expiresInMayBeAString() {
        assertThat(parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"expires_in\":\"1800\"}").expiresAt())
                .isEqualTo(NOW.plusSeconds(1800));
    }

    @Test
    void scopeMayBeCommaOrSpaceSeparated() {
        assertThat(parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"scope\":\"email,openid,profile\"}").scopes())
                .containsExactly("email", "openid", "profile");
        assertThat(parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"scope\":\"openid profile\"}").scopes())
                .containsExactly("openid", "profile");
    }

    @Test
    void unknownFieldsAreIgnoredAndRefreshExpiryIsAbsolute() {
        AccessToken t = parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"expires_in\":5183999,\"future_field\":{\"a\":1},"
                + "\"refresh_token\":\"AQXrefreshrefresh\",\"refresh_token_expires_in\":31536059}");
        assertThat(t.refreshToken()).isEqualTo("AQXrefreshrefresh");
        assertThat(t.refreshExpiresAt()).isEqualTo(NOW.plusSeconds(31536059));
        assertThat(t.idToken()).isNull();
    }

    @Test
    void aSuccessWithoutAccessTokenIsAnError() {
        assertThatThrownBy(() -> parse("<html>oops</html>"))
                .isInstanceOfSatisfying(LinkedInApiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OTHER));
    }

    @Test
    void aHugeLifetimeSaturatesAtTheLatestInstantInsteadOfOverflowing() {
        Instant latest = Instant.parse("9999-12-31T23:59:59Z");
        for (String huge : List.of("9223372036854775807", "\"9223372036854775807\"", "1e300", "\"1e300\"",
                "123456789012345678901234567890", "1e999999999")) {
            AccessToken t = parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"expires_in\":" + huge
                    + ",\"refresh_token\":\"AQXrefreshrefresh\",\"refresh_token_expires_in\":" + huge + "}");
            assertThat(t.expiresAt()).as(huge).isEqualTo(latest);
            assertThat(t.refreshExpiresAt()).as(huge).isEqualTo(latest);
        }
        assertThat(parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"expires_in\":3600.9}").expiresAt())
                .isEqualTo(NOW.plusSeconds(3600));
    }

    @Test
    void aNegativeOrNonNumericLifetimeIsAnUnreadableAnswerNamingTheField() {
        for (String bad : List.of("-1", "\"-5\"", "-1e300", "\"soon\"", "true", "{\"s\":1}", "[1]", "\"\"")) {
            assertThatThrownBy(() -> parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"expires_in\":" + bad + "}"))
                    .as(bad)
                    .isInstanceOfSatisfying(LinkedInApiException.class, e -> assertThat(e.kind()).isEqualTo(Kind.OTHER))
                    .hasMessageContaining("expires_in");
        }
        assertThatThrownBy(() -> parse("{\"access_token\":\"AQVxxxxxxxxxxxx\",\"refresh_token\":\"AQXr\","
                + "\"refresh_token_expires_in\":\"" + "9".repeat(5000) + "\"}"))
                .isInstanceOf(LinkedInApiException.class).hasMessageContaining("refresh_token_expires_in")
                .hasMessageNotContaining("9".repeat(50));
    }

    @Test
    void introspectionNumbersSaturateOrAreAnUnreadableAnswer() {
        TokenIntrospection info = TokenClient.parseIntrospection("test", new HttpResult(200,
                "{\"active\":true,\"expires_at\":9223372036854775807,\"created_at\":1e300,\"authorized_at\":\"1700000000\"}",
                "application/json"));
        assertThat(info.expiresAt()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(info.createdAt()).isEqualTo(Instant.parse("9999-12-31T23:59:59Z"));
        assertThat(info.authorizedAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
        for (String bad : List.of("-1", "\"yesterday\"")) {
            assertThatThrownBy(() -> TokenClient.parseIntrospection("test", new HttpResult(200,
                    "{\"active\":true,\"exp\":" + bad + "}", "application/json")))
                    .as(bad).isInstanceOf(LinkedInApiException.class).hasMessageContaining("exp");
        }
    }

    @Test
    void tokenToStringIsMasked() {
        AccessToken t = parse("{\"access_token\":\"AQVsecretsecretx9Q\",\"refresh_token\":\"AQXrefreshrefreshZZZ\"}");
        assertThat(t.toString()).contains("AQV…x9Q").doesNotContain("AQVsecretsecretx9Q").doesNotContain("AQXrefreshrefreshZZZ");
        assertThat(t.masked()).isEqualTo("AQV…x9Q");
    }

    private static LinkedInApiException error(int status, String body, ApiErrors.Call call) {
        return ApiErrors.from("Testing", new HttpResult(status, body, "application/json"), call);
    }

    @Test
    void restEnvelopesMapByServiceErrorCode() {
        assertThat(error(401, "{\"status\":401,\"serviceErrorCode\":65602,\"code\":\"EXPIRED_ACCESS_TOKEN\","
                + "\"message\":\"The token used in the request has expired\"}", ApiErrors.Call.API).kind())
                .isEqualTo(Kind.TOKEN_EXPIRED);
        assertThat(error(401, "{\"status\":401,\"serviceErrorCode\":65600,\"code\":\"INVALID_ACCESS_TOKEN\","
                + "\"message\":\"Invalid access token\"}", ApiErrors.Call.API).kind()).isEqualTo(Kind.TOKEN_INVALID);
        assertThat(error(401, "{\"status\":401,\"serviceErrorCode\":401,\"message\":\"Empty oauth2_access_token\"}",
                ApiErrors.Call.API).kind()).isEqualTo(Kind.TOKEN_INVALID);
        assertThat(error(403, "{\"status\":403,\"serviceErrorCode\":100,\"code\":\"ACCESS_DENIED\","
                + "\"message\":\"Not enough permissions to access: me.GET.NO_VERSION\"}", ApiErrors.Call.API).kind())
                .isEqualTo(Kind.ACCESS_DENIED);
    }

    @Test
    void aRestErrorCarriesStatusCodeAndMessageOnOneLine() {
        LinkedInApiException e = error(401, "{\"status\":401,\"serviceErrorCode\":65601,\"code\":\"REVOKED_ACCESS_TOKEN\","
                + "\"message\":\"The token used in the request\\nhas been revoked by the user\"}", ApiErrors.Call.API);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.error()).isEqualTo("REVOKED_ACCESS_TOKEN");
        assertThat(e.serviceErrorCode()).isEqualTo(65601);
        assertThat(e.getMessage()).isEqualTo("Testing failed: LinkedIn answered HTTP 401 (REVOKED_ACCESS_TOKEN,"
                + " serviceErrorCode 65601): The token used in the request has been revoked by the user");
    }

    @Test
    void oauthInvalidRequestOnAGrantIsAnInvalidGrantElsewhereAnInvalidRequest() {
        String body = "{\"error\":\"invalid_request\",\"error_description\":\"Unable to retrieve access token\"}";
        assertThat(error(400, body, ApiErrors.Call.CODE_GRANT).kind()).isEqualTo(Kind.INVALID_GRANT);
        assertThat(error(400, body, ApiErrors.Call.INTROSPECTION).kind()).isEqualTo(Kind.INVALID_REQUEST);
        assertThat(error(400, "{\"error\":\"invalid_redirect_uri\"}", ApiErrors.Call.CODE_GRANT).kind())
                .isEqualTo(Kind.INVALID_GRANT);
    }

    @Test
    void anHtmlErrorPageIsNotRepeatedInTheMessage() {
        LinkedInApiException e = ApiErrors.from("Testing", new HttpResult(502, "<html><body>Bad gateway</body></html>",
                "text/html"), ApiErrors.Call.API);
        assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
        assertThat(e.description()).isNull();
        assertThat(e.getMessage()).isEqualTo("Testing failed: LinkedIn answered HTTP 502");
    }
}
