package dev.linkedinoauth.fake.model;

import java.time.Duration;
import java.util.Objects;

/**
 * What the fake does instead of its normal answer, for the next request(s) to one endpoint: the member
 * cancels, a scope is not provisioned, a LinkedIn error of the contract, or an HTTP fault (any status,
 * a delay, a dropped connection). Queue them with {@link dev.linkedinoauth.fake.FakeLinkedIn#enqueue(Outcome...)}; they are used
 * in the order queued, each for {@link #times()} matching requests, and {@link dev.linkedinoauth.fake.FakeLinkedIn#reset()}
 * forgets those left. Every value is immutable: {@code on(...)}, {@code times(...)} and the other
 * {@code with}-style methods return a copy.
 *
 * <pre>{@code
 * fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(2)).on(LinkedInEndpoint.TOKEN));
 * fake.enqueue(Outcome.cancelConsent(), Outcome.error(LinkedInError.EXPIRED_ACCESS_TOKEN).times(2));
 * fake.enqueue(Outcome.processingFailed(), Outcome.status(503).on(LinkedInEndpoint.IMAGE_UPLOAD));
 * }</pre>
 */
public sealed interface Outcome {

    /** The endpoint (or group of endpoints) whose requests this outcome answers. */
    LinkedInEndpoint endpoint();

    /** How many matching requests this outcome answers before the next one (or the normal answer) takes over. */
    int times();

    /** The same outcome for {@code n} matching requests instead of one. */
    Outcome times(int n);

    /** The member presses Cancel on the sign-in page: the app gets {@code error=user_cancelled_login}. */
    static CancelSignIn cancelSignIn() {
        return new CancelSignIn(1);
    }

    /** The member presses Cancel on the consent page: the app gets {@code error=user_cancelled_authorize}. */
    static CancelConsent cancelConsent() {
        return new CancelConsent(1);
    }

    /**
     * The app is not provisioned for {@code scope}: the app gets {@code error=unauthorized_scope_error} and
     * LinkedIn's description {@code Scope &quot;<scope>&quot; is not authorized for your application}.
     */
    static UnprovisionedScope unprovisionedScope(String scope) {
        return new UnprovisionedScope(scope, 1);
    }

    /** A row of LinkedIn's error contract, on its {@link LinkedInError#defaultEndpoint()} unless moved with {@code on}. */
    static ContractError error(LinkedInError error) {
        return new ContractError(error, error.defaultEndpoint(), 1, null);
    }

    /** Any HTTP status, on any endpoint unless narrowed with {@code on}; the body is LinkedIn's error envelope for 4xx/5xx. */
    static Status status(int status) {
        return new Status(status, null, null, null, LinkedInEndpoint.ANY, 1);
    }

    /** The normal answer, sent only after {@code delay} of real (not fake-clock) time. */
    static Delay delay(Duration delay) {
        return new Delay(delay, LinkedInEndpoint.ANY, 1);
    }

    /** The connection is closed without any response, as when a proxy or LinkedIn's edge drops it. */
    static Drop dropConnection() {
        return new Drop(LinkedInEndpoint.ANY, 1);
    }

    /**
     * The next image upload is accepted as usual ({@code 201}), but LinkedIn's processing of it fails: the image's
     * status becomes {@code PROCESSING_FAILED} instead of {@code AVAILABLE}, and a post naming it is refused, as
     * for a file LinkedIn cannot decode. Applies to the next accepted {@code PUT} to an upload URL.
     */
    static ProcessingFailed processingFailed() {
        return new ProcessingFailed(1);
    }

    /** See {@link #processingFailed()}. Applies to accepted uploads ({@link LinkedInEndpoint#IMAGE_UPLOAD}). */
    record ProcessingFailed(int times) implements Outcome {
        public ProcessingFailed {
            checkTimes(times);
        }

        @Override
        public LinkedInEndpoint endpoint() {
            return LinkedInEndpoint.IMAGE_UPLOAD;
        }

        @Override
        public ProcessingFailed times(int n) {
            return new ProcessingFailed(n);
        }
    }

    /** See {@link #cancelSignIn()}. Applies to the next valid {@code GET /oauth/v2/authorization}. */
    record CancelSignIn(int times) implements Outcome {
        public CancelSignIn {
            checkTimes(times);
        }

        @Override
        public LinkedInEndpoint endpoint() {
            return LinkedInEndpoint.AUTHORIZATION;
        }

        @Override
        public CancelSignIn times(int n) {
            return new CancelSignIn(n);
        }
    }

    /** See {@link #cancelConsent()}. Applies to the next valid {@code GET /oauth/v2/authorization}. */
    record CancelConsent(int times) implements Outcome {
        public CancelConsent {
            checkTimes(times);
        }

        @Override
        public LinkedInEndpoint endpoint() {
            return LinkedInEndpoint.AUTHORIZATION;
        }

        @Override
        public CancelConsent times(int n) {
            return new CancelConsent(n);
        }
    }

    /** See {@link #unprovisionedScope(String)}. Applies to the next valid {@code GET /oauth/v2/authorization}. */
    record UnprovisionedScope(String scope, int times) implements Outcome {
        public UnprovisionedScope {
            if (scope == null || !scope.matches("[A-Za-z0-9_.:-]+")) {
                throw new IllegalArgumentException("a scope is a word like r_liteprofile, not \"" + scope + "\"");
            }
            checkTimes(times);
        }

        @Override
        public LinkedInEndpoint endpoint() {
            return LinkedInEndpoint.AUTHORIZATION;
        }

        @Override
        public UnprovisionedScope times(int n) {
            return new UnprovisionedScope(scope, n);
        }
    }

    /**
     * See {@link #error(LinkedInError)}.
     *
     * @param retryAfter a {@code Retry-After} header (whole seconds) to add, or {@code null} for none (LinkedIn sends none)
     */
    record ContractError(LinkedInError error, LinkedInEndpoint endpoint, int times, Duration retryAfter) implements Outcome {
        public ContractError {
            Objects.requireNonNull(error, "error");
            endpoint = checkTarget(endpoint);
            checkTimes(times);
            checkRetryAfter(retryAfter);
        }

        public ContractError on(LinkedInEndpoint newEndpoint) {
            return new ContractError(error, newEndpoint, times, retryAfter);
        }

        @Override
        public ContractError times(int n) {
            return new ContractError(error, endpoint, n, retryAfter);
        }

        public ContractError retryAfter(Duration newRetryAfter) {
            return new ContractError(error, endpoint, times, newRetryAfter);
        }
    }

    /**
     * See {@link #status(int)}.
     *
     * @param retryAfter  a {@code Retry-After} header in whole seconds, or {@code null}
     * @param body        the body to send, or {@code null} for LinkedIn's envelope (4xx/5xx) or nothing
     * @param contentType the body's type, {@code application/json} unless set
     */
    record Status(int status, Duration retryAfter, String body, String contentType, LinkedInEndpoint endpoint, int times)
            implements Outcome {
        public Status {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("an HTTP status is between 100 and 599, not " + status);
            }
            checkRetryAfter(retryAfter);
            endpoint = checkTarget(endpoint);
            checkTimes(times);
        }

        public Status on(LinkedInEndpoint newEndpoint) {
            return new Status(status, retryAfter, body, contentType, newEndpoint, times);
        }

        @Override
        public Status times(int n) {
            return new Status(status, retryAfter, body, contentType, endpoint, n);
        }

        public Status retryAfter(Duration newRetryAfter) {
            return new Status(status, newRetryAfter, body, contentType, endpoint, times);
        }

        /** This body, sent as {@code application/json}. */
        public Status body(String newBody) {
            return new Status(status, retryAfter, newBody, contentType, endpoint, times);
        }

        public Status body(String newContentType, String newBody) {
            return new Status(status, retryAfter, newBody, newContentType, endpoint, times);
        }
    }

    /** See {@link #delay(Duration)}. The request is processed at once; only the answer waits. */
    record Delay(Duration delay, LinkedInEndpoint endpoint, int times) implements Outcome {
        /** Longer delays would outlive any sensible client timeout and keep a server thread's timer busy. */
        public static final Duration MAX = Duration.ofMinutes(5);

        public Delay {
            if (delay == null || delay.isNegative() || delay.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("a delay is between 0 and " + MAX + ", not " + delay);
            }
            endpoint = checkTarget(endpoint);
            checkTimes(times);
        }

        public Delay on(LinkedInEndpoint newEndpoint) {
            return new Delay(delay, newEndpoint, times);
        }

        @Override
        public Delay times(int n) {
            return new Delay(delay, endpoint, n);
        }
    }

    /** See {@link #dropConnection()}. */
    record Drop(LinkedInEndpoint endpoint, int times) implements Outcome {
        public Drop {
            endpoint = checkTarget(endpoint);
            checkTimes(times);
        }

        public Drop on(LinkedInEndpoint newEndpoint) {
            return new Drop(newEndpoint, times);
        }

        @Override
        public Drop times(int n) {
            return new Drop(endpoint, n);
        }
    }

    private static void checkTimes(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("an outcome applies at least once, not " + times + " times");
        }
    }

    private static LinkedInEndpoint checkTarget(LinkedInEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        if (endpoint == LinkedInEndpoint.OTHER) {
            throw new IllegalArgumentException("an outcome targets a LinkedIn endpoint, api or any, not other");
        }
        return endpoint;
    }

    private static void checkRetryAfter(Duration retryAfter) {
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After cannot be negative: " + retryAfter);
        }
    }
}
