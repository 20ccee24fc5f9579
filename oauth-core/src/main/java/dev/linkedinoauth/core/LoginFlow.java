package dev.linkedinoauth.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of {@link LinkedInOAuth#login()}: the callback server and the pasted address race to deliver the
 * redirect (first wins), then the code is exchanged and the member resolved.
 */
final class LoginFlow {
    private final LoginSettings settings;
    private final TokenClient tokens;
    private final MemberClient members;
    private final IdTokenVerifier idTokens;
    private final CompletableFuture<AuthorizationResponse> redirect = new CompletableFuture<>();

    LoginFlow(LoginSettings settings, TokenClient tokens, MemberClient members, IdTokenVerifier idTokens) {
        this.settings = settings;
        this.tokens = tokens;
        this.members = members;
        this.idTokens = idTokens;
    }

    LoginResult run() {
        AuthorizationRequest request = AuthorizationRequest.create(settings.endpoints(), settings.clientId(),
                settings.redirectUri(), settings.scopes());
        CallbackServer server = CallbackServer.canServe(settings.redirectUri())
                ? CallbackServer.start(settings.redirectUri(), request.state(), settings.pageHold(), this::say)
                : null;
        try {
            if (server != null) {
                server.response().whenComplete((r, e) -> {
                    if (e != null) {
                        redirect.completeExceptionally(e);
                    } else {
                        redirect.complete(r);
                    }
                });
            }
            // The HTTP follower (demos, tests) is the browser itself: asking the member to open it would mislead.
            say(HttpFollowerBrowser.isHandedOut(settings.browser())
                    ? "Following the authorization address over HTTP, as a browser would (no window):"
                    : "Open this address in a browser to sign in to LinkedIn:");
            say(request.uri().toString());
            if (server != null) {
                say("Waiting up to " + Durations.human(settings.callbackTimeout()) + " for LinkedIn to redirect to "
                        + settings.redirectUri());
            }
            if (settings.pastedRedirects() != null) {
                say("No browser on this machine? Sign in elsewhere, then paste here the full address the browser"
                        + " was sent to (it starts with " + settings.redirectUri() + ") and press Enter.");
                startPasteReader(request.state());
            }
            openBrowser(request.uri());

            String code = awaitRedirect(server).requireCode();
            say("Authorization received; exchanging the code for a token.");
            LoginResult result = finish(code);
            if (server != null) {
                server.finishSuccess(result.member());
            }
            say("Signed in as " + result.member().displayName() + " (" + result.member().personUrn() + ").");
            return result;
        } catch (LinkedInException e) {
            if (server != null) {
                server.finishFailure(e.getMessage());
            }
            throw e;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private LoginResult finish(String code) {
        AccessToken token = tokens.exchangeCode(code, settings.redirectUri());
        Member member = members.userinfo(token.value());
        if (settings.verifyIdToken() && token.idToken() != null) {
            Member fromIdToken = idTokens.verify(token.idToken());
            if (!fromIdToken.id().equals(member.id())) {
                throw new IdTokenException("The id_token is for another member than /v2/userinfo reports");
            }
        }
        return new LoginResult(token, member);
    }

    private AuthorizationResponse awaitRedirect(CallbackServer server) {
        try {
            return redirect.get(settings.callbackTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CallbackTimeoutException("No redirect from LinkedIn arrived within "
                    + Durations.human(settings.callbackTimeout())
                    + (server != null ? " at " + settings.redirectUri() : "") + "; start the login again",
                    settings.callbackTimeout());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LinkedInException l) {
                throw l;
            }
            throw new IllegalStateException("The redirect could not be received", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallbackTimeoutException("Interrupted while waiting for LinkedIn's redirect", null);
        }
    }

    /** The browser runs on its own thread: it may block (a browser command, the HTTP follower) or fail. */
    private void openBrowser(URI url) {
        Thread t = new Thread(() -> {
            try {
                settings.browser().open(url);
            } catch (IOException | RuntimeException e) {
                say("Could not open a browser (" + LinkedInException.oneLine(String.valueOf(e.getMessage()))
                        + "); open the address above yourself.");
            }
        }, "linkedin-oauth-browser");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Reads pasted lines on a daemon thread. A blocked read cannot be interrupted, so when the callback
     * server wins, the thread stays parked on the reader until it has input or ends; it never acts again
     * because the race is already decided.
     */
    private void startPasteReader(String state) {
        BufferedReader reader = new BufferedReader(settings.pastedRedirects());
        Thread t = new Thread(() -> {
            try {
                String line;
                while (!redirect.isDone() && (line = reader.readLine()) != null) {
                    String text = line.strip();
                    if (text.isEmpty()) {
                        continue;
                    }
                    try {
                        redirect.complete(AuthorizationResponse.fromRedirect(URI.create(text), state));
                        return;
                    } catch (StateMismatchException e) {
                        // As on the callback server: only this login's state ends the wait.
                        say("That address is not from this sign-in (its state is missing or another login's);"
                                + " still waiting: paste the address of the sign-in just started.");
                    } catch (IllegalArgumentException e) {
                        say("That is not the address LinkedIn redirected to (it needs code= or error=);"
                                + " paste the whole address from the browser's address bar.");
                    }
                }
                if (!redirect.isDone() && !CallbackServer.canServe(settings.redirectUri())) {
                    redirect.completeExceptionally(new CallbackTimeoutException(
                            "The input ended before the redirected address was pasted", null));
                }
            } catch (IOException e) {
                say("Cannot read the pasted address: " + e.getMessage());
            }
        }, "linkedin-oauth-paste");
        t.setDaemon(true);
        t.start();
    }

    private void say(String line) {
        settings.progress().accept(line);
    }
}
