package dev.linkedinoauth.fake.model;


/**
 * The one exception type of fake-linkedin; every failure of the fake itself is a subclass.
 *
 * <pre>{@code
 * try (FakeLinkedIn fake = FakeLinkedIn.start()) { ... }
 * catch (FakeLinkedInException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public class FakeLinkedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FakeLinkedInException(String message) {
        super(message);
    }

    public FakeLinkedInException(String message, Throwable cause) {
        super(message, cause);
    }
}
