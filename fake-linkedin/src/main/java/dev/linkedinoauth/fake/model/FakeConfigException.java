package dev.linkedinoauth.fake.model;

/**
 * A configuration the fake cannot use: a bad JSON file, a duplicate client id, an invalid member id.
 * The message is one line that names the offending value.
 *
 * <pre>{@code
 * FakeConfig.fromJson("{\"consent\":\"maybe\"}"); // throws FakeConfigException
 * }</pre>
 */
public class FakeConfigException extends FakeLinkedInException {
    private static final long serialVersionUID = 1L;

    public FakeConfigException(String message) {
        super(message);
    }

    public FakeConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
