package dev.linkedinoauth.core;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The local server LinkedIn redirects the browser to (Jetty). It listens on the redirect URI's port on
 * loopback from {@link #start} on, so start it before opening the browser; for {@code localhost} on both
 * 127.0.0.1 and ::1, as browsers may try either. It serves only the redirect path, checks {@code state} in
 * constant time, and completes exactly once: with a code or with LinkedIn's error, and only for a redirect
 * carrying this login's {@code state}. A redirect with a missing or foreign {@code state} (any web page can
 * make the browser load one) is answered 400 and reported on the notices, and the server keeps waiting
 * for the genuine one. The browser's request for a code is held open until {@link #finishSuccess} or
 * {@link #finishFailure} (at most {@code pageHold}) so the page can say how it ended; errors are answered
 * at once. {@link #close()} stops the server.
 *
 * <pre>{@code
 * try (CallbackServer server = CallbackServer.start(request.redirectUri(), request.state())) {
 *     browser.open(request.uri());
 *     String code = server.await(Duration.ofMinutes(5)).requireCode(); ... server.finishSuccess(member); }
 * }</pre>
 */
public final class CallbackServer implements AutoCloseable {
    static {
        QuietLogging.init(); // before the first HttpClient or Jetty class: quiet unless the user configured logging
    }

    /** Longest time the browser's request is held waiting for the token exchange to finish. */
    public static final Duration DEFAULT_PAGE_HOLD = Duration.ofSeconds(30);

    /** Refused redirects reported one line each up to this many; then once that more are not reported. */
    static final int REPORTED_REFUSALS = 5;

    private final URI redirectUri;
    private final String path;
    private final String expectedState;
    private final Duration pageHold;
    private final Consumer<String> notices;
    private final Server server;
    private final CompletableFuture<AuthorizationResponse> result = new CompletableFuture<>();
    private final CompletableFuture<Void> pageWritten = new CompletableFuture<>();
    private HeldResponse held; // guarded by this
    private boolean answered; // guarded by this: the held request has been answered
    private int refusals; // guarded by this

    private CallbackServer(URI redirectUri, String expectedState, Duration pageHold, Consumer<String> notices) {
        this.redirectUri = redirectUri;
        this.path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty() ? "/" : redirectUri.getRawPath();
        this.expectedState = expectedState;
        this.pageHold = pageHold;
        this.notices = notices;
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("linkedin-oauth-callback");
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        this.server = new Server(threads, new ScheduledExecutorScheduler("linkedin-oauth-callback-timer", true), null);
        server.setHandler(new CallbackHandler());
        server.setStopTimeout(0); // pages are written before stop(); nothing else is worth waiting for
    }

    /** Starts listening on the redirect URI's port; {@link #DEFAULT_PAGE_HOLD} for the held page. */
    public static CallbackServer start(URI redirectUri, String expectedState) {
        return start(redirectUri, expectedState, DEFAULT_PAGE_HOLD);
    }

    /** As {@link #start(URI, String, Duration, Consumer)}, without notices (the library prints nothing unless asked). */
    public static CallbackServer start(URI redirectUri, String expectedState, Duration pageHold) {
        return start(redirectUri, expectedState, pageHold, notice -> { });
    }

    /**
     * @param notices where the server says, one line each, that it refused a redirect with a foreign or
     *                missing state, or that this machine has no ::1 to listen on
     * @throws PortInUseException     when the port is taken (for {@code localhost}: on 127.0.0.1 or on ::1)
     * @throws ConfigurationException when the redirect URI is not {@code http://} on a loopback host
     */
    public static CallbackServer start(URI redirectUri, String expectedState, Duration pageHold,
                                       Consumer<String> notices) {
        return start(redirectUri, expectedState, pageHold, notices, CallbackListeners.IPV6_LOOPBACK);
    }

    /** @param ipv6Loopback the second address for {@code localhost}; tests pass one this machine lacks */
    static CallbackServer start(URI redirectUri, String expectedState, Duration pageHold, Consumer<String> notices,
                                String ipv6Loopback) {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(expectedState, "expectedState");
        Objects.requireNonNull(notices, "notices");
        CallbackListeners.requireServable(redirectUri);
        CallbackServer s = new CallbackServer(redirectUri, expectedState, pageHold, notices);
        try {
            CallbackListeners.open(s.server, redirectUri, pageHold.plusSeconds(30), notices, ipv6Loopback);
            s.server.start();
        } catch (LinkedInException e) {
            s.stopQuietly();
            throw e;
        } catch (Exception e) {
            s.stopQuietly();
            throw CallbackListeners.cannotListen(redirectUri, e);
        }
        return s;
    }

    /** True when this server can serve the URI: {@code http} on localhost, 127.0.0.1 or [::1]. */
    public static boolean canServe(URI redirectUri) {
        return CallbackListeners.canServe(redirectUri);
    }

    public URI redirectUri() {
        return redirectUri;
    }

    /** The port listened on (the redirect URI's). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /**
     * Completes once with the redirect's outcome (a code or LinkedIn's error, for this login's state). The
     * returned future is a copy: completing it does not affect the server.
     */
    public CompletableFuture<AuthorizationResponse> response() {
        return result.copy();
    }

    /**
     * Waits for the redirect; redirects with a foreign or missing state do not end the wait.
     *
     * @throws CallbackTimeoutException when none arrives in time
     */
    public AuthorizationResponse await(Duration timeout) {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new CallbackTimeoutException("No redirect from LinkedIn reached " + redirectUri + " within "
                    + Durations.human(timeout) + "; start the login again", timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof LinkedInException l) {
                throw l;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallbackTimeoutException("Interrupted while waiting for the redirect to " + redirectUri, null);
        }
    }

    /** Tells the waiting browser the login worked, naming the member. */
    public void finishSuccess(Member member) {
        answerHeld(CallbackPage.signedIn(member.displayName()));
    }

    /** Tells the waiting browser the login failed after the redirect; the message must hold no secret. */
    public void finishFailure(String message) {
        answerHeld(CallbackPage.failed(message));
    }

    /** Answers any held browser request with a neutral page, then stops listening. */
    @Override
    public void close() {
        answerHeld(CallbackPage.received());
        boolean pageOwed;
        synchronized (this) {
            pageOwed = held != null;
        }
        if (pageOwed) {
            try {
                pageWritten.get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                // The page is a courtesy; stopping must not wait on a browser that went away.
            }
        }
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            // Nothing a caller could do; the threads are daemons.
        }
    }

    private void answerHeld(CallbackPage page) {
        HeldResponse h;
        synchronized (this) {
            if (held == null || answered) {
                return;
            }
            answered = true;
            h = held;
        }
        page.writeTo(h.response(), Callback.from(() -> {
            h.callback().succeeded();
            pageWritten.complete(null);
        }, failure -> {
            h.callback().failed(failure);
            pageWritten.complete(null);
        }));
    }

    private record HeldResponse(Response response, Callback callback) {
    }

    private final class CallbackHandler extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!path.equals(request.getHttpURI().getPath())) {
                CallbackPage.notFound().writeTo(response, callback);
                return true;
            }
            if (!"GET".equals(request.getMethod())) {
                CallbackPage.methodNotAllowed().writeTo(response, callback);
                return true;
            }
            synchronized (CallbackServer.this) {
                if (result.isDone()) {
                    CallbackPage.alreadyCompleted().writeTo(response, callback);
                    return true;
                }
                AuthorizationResponse outcome;
                Map<String, String> params = Map.of();
                try {
                    params = parameters(request);
                    outcome = AuthorizationResponse.fromParameters(params, expectedState);
                } catch (IllegalArgumentException e) {
                    CallbackPage.notARedirect().writeTo(response, callback);
                    return true;
                } catch (StateMismatchException e) {
                    // Not this login's redirect (a forged one, or an older attempt's): refuse it, keep waiting.
                    refused(params);
                    CallbackPage.stateMismatch().writeTo(response, callback);
                    return true;
                }
                if (outcome instanceof AuthorizationResponse.Denied denied) {
                    result.complete(outcome);
                    CallbackPage.denied(denied).writeTo(response, callback);
                    return true;
                }
                held = new HeldResponse(response, callback);
                result.complete(outcome);
            }
            CompletableFuture.delayedExecutor(pageHold.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(() -> answerHeld(CallbackPage.received()));
            return true;
        }

        /** Guarded by CallbackServer.this. Says which, never the state or code it carried. */
        private void refused(Map<String, String> params) {
            refusals++;
            if (refusals <= REPORTED_REFUSALS) {
                boolean missing = params.get("state") == null || params.get("state").isBlank();
                notices.accept("Refused a request to " + redirectUri + " with " + (missing ? "no" : "another login's")
                        + " state (not this sign-in's redirect; a web page can send one); still waiting for LinkedIn's.");
            } else if (refusals == REPORTED_REFUSALS + 1) {
                notices.accept("Refusing more requests with a foreign state; they are no longer reported.");
            }
        }

        private Map<String, String> parameters(Request request) {
            Map<String, String> params = new LinkedHashMap<>();
            Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            for (Fields.Field f : fields) {
                params.putIfAbsent(f.getName(), f.getValue());
            }
            return params;
        }
    }

}
