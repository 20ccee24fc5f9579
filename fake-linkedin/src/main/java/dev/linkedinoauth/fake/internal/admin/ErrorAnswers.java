package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.LinkedInEndpoint;
import dev.linkedinoauth.fake.LinkedInError;
import dev.linkedinoauth.fake.internal.oauth.OAuthErrors;
import dev.linkedinoauth.fake.internal.server.FakeRequest;
import dev.linkedinoauth.fake.internal.server.FakeResponse;
import dev.linkedinoauth.fake.internal.server.Html;
import dev.linkedinoauth.fake.internal.server.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** What the fake answers for a scripted {@link LinkedInError}: LinkedIn's status and body for that row. */
final class ErrorAnswers {
    private ErrorAnswers() {
    }

    /** LinkedIn's answer for this row of the contract, shaped for the request it replaces. */
    static FakeResponse of(LinkedInError error, FakeRequest request, FakeContext context) {
        return switch (error) {
            case AUTHORIZATION_CODE_NOT_FOUND -> OAuthErrors.error(401, "invalid_request", OAuthErrors.CODE_NOT_FOUND);
            case AUTHORIZATION_CODE_EXPIRED -> OAuthErrors.error(400, "invalid_redirect_uri", OAuthErrors.CODE_MISMATCH);
            case INVALID_CLIENT -> OAuthErrors.invalidClient();
            case INVALID_CLIENT_ID -> OAuthErrors.unknownClientId(clientId(request));
            case INVALID_REFRESH_TOKEN -> OAuthErrors.error(400, "invalid_request", OAuthErrors.BAD_REFRESH);
            case APPLICATION_TOKENS_NOT_ALLOWED -> OAuthErrors.error(401, "access_denied", OAuthErrors.NO_APPLICATION_TOKENS);
            case EMPTY_ACCESS_TOKEN -> RestErrors.emptyAccessToken();
            case INVALID_ACCESS_TOKEN -> RestErrors.invalidAccessToken();
            case REVOKED_ACCESS_TOKEN -> RestErrors.revokedAccessToken();
            case EXPIRED_ACCESS_TOKEN -> RestErrors.expiredAccessToken();
            case ACCESS_DENIED -> RestErrors.accessDenied(resource(request, context));
            case DUPLICATE_POST -> RestErrors.duplicatePost("urn:li:share:" + context.tokens().shareId());
            case NONEXISTENT_VERSION -> RestErrors.nonexistentVersion(version(request, context));
            case TOO_MANY_REQUESTS -> RestErrors.tooManyRequests();
        };
    }

    private static String clientId(FakeRequest request) {
        String fromForm = FakeRequest.first(request.form(), "client_id");
        return fromForm == null ? "" : Html.truncate(fromForm, 100);
    }

    /** LinkedIn's resource names as they appear in its 403 messages. */
    private static String resource(FakeRequest request, FakeContext context) {
        return switch (LinkedInEndpoint.ofPath(request.path())) {
            case ME -> "me.GET.NO_VERSION";
            case USERINFO -> "userinfo.GET.NO_VERSION";
            case UGC_POSTS -> "ugcPosts.CREATE.NO_VERSION";
            case POSTS -> "partnerApiPostsExternal.CREATE." + version(request, context);
            default -> request.path() + "." + request.method();
        };
    }

    /** The request's {@code LinkedIn-Version} as LinkedIn echoes it (YYYYMM01), else the fake's current month. */
    private static String version(FakeRequest request, FakeContext context) {
        String header = request.header("LinkedIn-Version");
        if (header != null && header.trim().matches("\\d{6}(\\.\\d{2})?")) {
            return header.trim().substring(0, 6) + "01";
        }
        YearMonth month = YearMonth.from(context.now().atZone(ZoneOffset.UTC));
        return String.format("%04d%02d01", month.getYear(), month.getMonthValue());
    }
}
