package dev.linkedinoauth.core;

import java.time.Duration;

/**
 * No redirect came back from LinkedIn in time (or the pasted-URL input ended before one was pasted).
 *
 * <pre>{@code
 * try { server.await(Duration.ofMinutes(5)); }
 * catch (CallbackTimeoutException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class CallbackTimeoutException extends LinkedInException {
    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public CallbackTimeoutException(String message, Duration timeout) {
        super(message);
        this.timeout = timeout;
    }

    /** How long the login waited; null when the wait ended for another reason (input closed). */
    public Duration timeout() {
        return timeout;
    }
}
