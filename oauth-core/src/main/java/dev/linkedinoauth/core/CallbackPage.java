package dev.linkedinoauth.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The small HTML pages the callback server answers the browser with. Everything shown is escaped; none
 * carries the code or a token.
 */
record CallbackPage(int status, String title, String message) {

    static CallbackPage signedIn(String memberName) {
        return new CallbackPage(200, "Signed in",
                "Signed in to LinkedIn as " + memberName + ". You can close this window; linkedin-oauth has what it needs.");
    }

    static CallbackPage received() {
        return new CallbackPage(200, "Authorization received",
                "linkedin-oauth received the authorization. You can close this window.");
    }

    /** Said on every page of a sign-in that did not complete: the terminal has the details and the remedy. */
    static final String NEXT_STEP = "What to do next: the terminal where you started the sign-in says what went"
            + " wrong and what to change; then start the sign-in again there (linkedin-oauth login).";

    static CallbackPage failed(String message) {
        return new CallbackPage(200, "Sign-in failed",
                "linkedin-oauth received the authorization but could not finish: " + sentence(message) + " " + NEXT_STEP);
    }

    static CallbackPage denied(AuthorizationResponse.Denied denied) {
        return new CallbackPage(200, "Sign-in not completed", sentence(denied.toException().getMessage()) + " "
                + NEXT_STEP);
    }

    /** The message with exactly one full stop at its end. */
    private static String sentence(String message) {
        String text = message == null ? "" : message.strip();
        while (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text + ".";
    }

    static CallbackPage stateMismatch() {
        return new CallbackPage(400, "Sign-in refused",
                "This address does not belong to the sign-in linkedin-oauth started (its state does not match),"
                        + " so it was refused. linkedin-oauth is still waiting: finish the sign-in in the tab it"
                        + " opened, or open the address it printed.");
    }

    static CallbackPage notARedirect() {
        return new CallbackPage(400, "Not a LinkedIn redirect",
                "This address expects LinkedIn's redirect, with code= or error= in it.");
    }

    static CallbackPage alreadyCompleted() {
        return new CallbackPage(409, "Already completed",
                "This sign-in has already completed. You can close this window.");
    }

    static CallbackPage notFound() {
        return new CallbackPage(404, "Not found", "Nothing here.");
    }

    static CallbackPage methodNotAllowed() {
        return new CallbackPage(405, "Method not allowed", "LinkedIn's redirect is a GET.");
    }

    String html() {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + " - linkedin-oauth</title>"
                + "<style>body{font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222}</style>"
                + "</head><body><h1>" + Html.escape(title) + "</h1><p>" + Html.escape(message) + "</p></body></html>\n";
    }

    /** Sends the page: never cached, never leaking the (code-bearing) URL as a referrer, no keep-alive. */
    void writeTo(Response response, Callback callback) {
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put(HttpHeader.CONNECTION, "close"); // a one-shot server: no keep-alive to wait for on stop
        response.write(true, ByteBuffer.wrap(html().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
