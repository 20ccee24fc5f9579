package dev.linkedinoauth.fake.internal.oauth;

import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.state.AuthorizationRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the redirect back to the app: its own query kept, our parameters form-encoded after it. */
public final class Redirects {
    private Redirects() {
    }

    static String to(String redirectUri, Map<String, String> params) {
        StringBuilder url = new StringBuilder(redirectUri);
        char separator = redirectUri.contains("?") ? '&' : '?';
        if (redirectUri.endsWith("?") || redirectUri.endsWith("&")) {
            separator = 0;
        }
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() == null) {
                continue;
            }
            if (separator != 0) {
                url.append(separator);
            }
            url.append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separator = '&';
        }
        return url.toString();
    }

    static FakeResponse code(AuthorizationRequest request, String code) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", request.state());
        return FakeResponse.redirect(to(request.redirectUri(), params));
    }

    /** An error delivered to the app: {@code error}, {@code error_description}, and {@code state} when one was sent. */
    public static FakeResponse error(String redirectUri, String state, String error, String description) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        return FakeResponse.redirect(to(redirectUri, params));
    }

    public static FakeResponse error(AuthorizationRequest request, String error, String description) {
        return error(request.redirectUri(), request.state(), error, description);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
