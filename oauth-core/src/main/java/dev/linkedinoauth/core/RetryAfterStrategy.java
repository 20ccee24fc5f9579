package dev.linkedinoauth.core;

import java.time.Duration;
import java.util.List;

import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

/**
 * HttpClient's own retry strategy, which retries 429 and 503 answers (POST included: a 429/503 means the
 * request was not processed, and our form bodies are repeatable) and honours {@code Retry-After}. Two
 * additions: without {@code Retry-After} the wait doubles on each attempt, and no wait exceeds a cap, so a
 * {@code Retry-After: 86400} does not freeze a command line tool for a day. I/O failures of POSTs are not
 * retried (the parent treats POST as non-idempotent).
 *
 * <p>A request that creates something (a post) is resent after a 429 only: a 429 is LinkedIn refusing
 * before acting, while a 503 may come from a gateway after the post was already created, and a resend
 * would then publish it twice (or fail as a duplicate). Such requests carry {@link #CREATES_RESOURCE}.
 */
final class RetryAfterStrategy extends DefaultHttpRequestRetryStrategy {
    /** Context attribute (value {@code Boolean.TRUE}) of a request that must not be resent after a 503. */
    static final String CREATES_RESOURCE = "dev.linkedinoauth.creates-resource";
    /**
     * Context attribute (value {@code Boolean.TRUE}) of a request that is never resent, whatever the answer or
     * I/O failure: an image upload URL is used once; on failure the caller starts a new upload.
     */
    static final String NEVER_RETRY = "dev.linkedinoauth.never-retry";

    private final TimeValue baseInterval;
    private final TimeValue maxWait;

    RetryAfterStrategy(int maxRetries, Duration baseInterval, Duration maxWait) {
        super(maxRetries, TimeValue.ofMilliseconds(baseInterval.toMillis()),
                List.of(java.io.InterruptedIOException.class, java.net.UnknownHostException.class,
                        java.net.ConnectException.class, java.net.NoRouteToHostException.class,
                        javax.net.ssl.SSLException.class, org.apache.hc.core5.http.ConnectionClosedException.class),
                List.of(429, 503));
        this.baseInterval = TimeValue.ofMilliseconds(baseInterval.toMillis());
        this.maxWait = TimeValue.ofMilliseconds(maxWait.toMillis());
    }

    @Override
    public boolean retryRequest(org.apache.hc.core5.http.HttpRequest request, java.io.IOException exception,
                                int execCount, HttpContext context) {
        if (context != null && Boolean.TRUE.equals(context.getAttribute(NEVER_RETRY))) {
            return false;
        }
        return super.retryRequest(request, exception, execCount, context);
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        if (context != null && Boolean.TRUE.equals(context.getAttribute(NEVER_RETRY))) {
            return false;
        }
        if (response.getCode() != 429 && context != null && Boolean.TRUE.equals(context.getAttribute(CREATES_RESOURCE))) {
            return false;
        }
        return super.retryRequest(response, execCount, context);
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        TimeValue wait;
        if (response.getFirstHeader("Retry-After") != null) {
            wait = super.getRetryInterval(response, execCount, context);
        } else {
            long factor = 1L << Math.min(Math.max(execCount - 1, 0), 16);
            wait = TimeValue.ofMilliseconds(baseInterval.toMilliseconds() * factor);
        }
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
