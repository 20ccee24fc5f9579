package dev.linkedinoauth.fake.model;


/**
 * The fake could not start listening, usually because the port is already in use.
 *
 * <pre>{@code
 * FakeLinkedIn.start(FakeConfig.builder().port(busyPort).build()); // throws FakeStartException
 * }</pre>
 */
public class FakeStartException extends FakeLinkedInException {
    private static final long serialVersionUID = 1L;

    public FakeStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
