package dev.linkedinoauth.core;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What LinkedIn's redirect carried back, once its {@code state} has been checked: either a code to
 * exchange, or an error (cancelled, scope not authorized). Built by {@link CallbackServer} or, on a machine
 * without a browser, from the redirected address the member pastes.
 *
 * <pre>{@code
 * AuthorizationResponse r = AuthorizationResponse.fromRedirect(URI.create(pasted), request.state());
 * String code = r.requireCode();   // throws AuthorizationDeniedException for an error redirect
 * }</pre>
 */
public sealed interface AuthorizationResponse {

    /**
     * LinkedIn granted the authorization; the code is single-use and expires in 30 minutes.
     *
     * <pre>{@code
     * if (response instanceof AuthorizationResponse.Code c) tokens.exchangeCode(c.code(), redirectUri);
     * }</pre>
     */
    record Code(String code) implements AuthorizationResponse {
        @Override
        public String toString() {
            return "Code[" + Masking.mask(code) + "]";
        }
    }

    /**
     * LinkedIn redirected with {@code error} and {@code error_description} (decoded).
     *
     * <pre>{@code
     * if (response instanceof AuthorizationResponse.Denied d) System.err.println(d.error() + ": " + d.description());
     * }</pre>
     */
    record Denied(String error, String description) implements AuthorizationResponse {
        public AuthorizationDeniedException toException() {
            return new AuthorizationDeniedException(error, description);
        }
    }

    /** The code, or the denial as an {@link AuthorizationDeniedException}. */
    default String requireCode() {
        if (this instanceof Code c) {
            return c.code();
        }
        throw ((Denied) this).toException();
    }

    /**
     * Reads a redirected address (as pasted from the browser's address bar).
     *
     * @throws StateMismatchException   when its state is missing or is not {@code expectedState}
     * @throws IllegalArgumentException when it carries neither {@code code} nor {@code error}
     */
    static AuthorizationResponse fromRedirect(URI redirected, String expectedState) {
        return fromParameters(queryParameters(redirected.getRawQuery()), expectedState);
    }

    /** The same check, from already decoded query parameters. */
    static AuthorizationResponse fromParameters(Map<String, String> params, String expectedState) {
        String code = params.get("code");
        String error = params.get("error");
        if (isBlank(code) && isBlank(error)) {
            throw new IllegalArgumentException("the address carries neither code= nor error=");
        }
        String state = params.get("state");
        if (isBlank(state)) {
            throw new StateMismatchException("The redirect carried no state; refusing it (possible forgery)."
                    + " Start the login again.");
        }
        if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
                expectedState.getBytes(StandardCharsets.UTF_8))) {
            throw new StateMismatchException("The redirect's state does not match this login's; refusing it"
                    + " (it may be forged or from an older attempt). Start the login again.");
        }
        if (!isBlank(error)) {
            return new Denied(error, Html.unescape(params.get("error_description")));
        }
        return new Code(code);
    }

    /** Decodes {@code a=b&c=d}; the first occurrence of a name wins. */
    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
