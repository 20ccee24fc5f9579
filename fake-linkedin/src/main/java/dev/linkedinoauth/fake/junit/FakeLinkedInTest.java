package dev.linkedinoauth.fake.junit;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Runs a test class against one {@link FakeLinkedIn}, started before the class and stopped after it,
 * {@link FakeLinkedIn#reset() reset} before each test, and injected into any test, lifecycle or
 * constructor parameter of type {@code FakeLinkedIn}. Under parallel execution each class has its own
 * fake and the tests of one class run one after another (they share it).
 *
 * <pre>{@code
 * @FakeLinkedInTest(consent = Consent.INTERACTIVE)
 * class LoginTest { @Test void logsIn(FakeLinkedIn fake) { ... } }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeLinkedInExtension.class)
// SAME_THREAD, not @ResourceLock(providers = ...): that attribute exists only from JUnit 5.12 and an
// older engine fails on it for every class of the module; @Execution works from 5.10 (our minimum).
// Classes still run concurrently; the tests of one class, which share its fake, run one at a time.
@Execution(ExecutionMode.SAME_THREAD)
public @interface FakeLinkedInTest {

    /** How the fake consents; unset, the configuration file's choice, else {@link Consent#AUTO}. */
    Consent[] consent() default {};

    /**
     * A JSON configuration (see {@link FakeConfig#fromJson(java.nio.file.Path)}): a file path, or else a
     * classpath resource such as {@code "fake-linkedin.json"}; empty for the defaults.
     */
    String config() default "";
}
