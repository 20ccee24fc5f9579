package dev.linkedinoauth.fake.junit;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeMember;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link FakeLinkedInTest}, and the programmatic way to configure the fake.
 * In a {@code static} field: one fake for the class, reset before each test. In an instance field: a
 * fresh fake for each test. Either way the fake is also injected into {@code FakeLinkedIn} parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().consent(Consent.INTERACTIVE).build();
 * }</pre>
 *
 * <p>Nothing is static: fakes live in JUnit's {@link ExtensionContext.Store}, so test classes can run in
 * parallel. The tests of one class share a static-field fake, so run them one at a time (JUnit's default;
 * {@link FakeLinkedInTest} sees to it under parallel execution), or use an instance field.
 */
public final class FakeLinkedInExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FakeLinkedInExtension.class);

    /** {@code null} when the configuration comes from {@link FakeLinkedInTest} on the test class. */
    private final FakeConfig config;
    private final Clock clock;
    /** The fake the running test uses, for {@link #get()}; parameters are resolved from the store instead. */
    private volatile FakeLinkedIn current;

    /** For {@code @ExtendWith} (through {@link FakeLinkedInTest}): configured by the annotation. */
    FakeLinkedInExtension() {
        this(null, null);
    }

    private FakeLinkedInExtension(FakeConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The fake of the running test (in {@code @BeforeAll} too, for a static field).
     *
     * @throws IllegalStateException outside a test
     */
    public FakeLinkedIn get() {
        FakeLinkedIn fake = current;
        if (fake == null) {
            throw new IllegalStateException("no fake is running: FakeLinkedInExtension.get() works inside tests and their "
                    + "lifecycle methods (a static field's fake also in @BeforeAll)");
        }
        return fake;
    }

    /** A fake per class: started here unless an enclosing class (for {@code @Nested}) already has one. */
    @Override
    public void beforeAll(ExtensionContext context) {
        Running inherited = context.getStore(NAMESPACE).get(this, Running.class);
        if (inherited != null) {
            current = inherited.fake();
            return;
        }
        FakeLinkedIn fake = start(context);
        context.getStore(NAMESPACE).put(this, new Running(fake, true));
        current = fake;
    }

    /** Resets the class's fake, or (instance field: no beforeAll) starts this test's own. */
    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(this, Running.class);
        if (running != null && running.perClass()) {
            running.fake().reset();
            current = running.fake();
            return;
        }
        FakeLinkedIn fake = start(context);
        context.getStore(NAMESPACE).put(this, new Running(fake, false));
        current = fake;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Running own = context.getStore(NAMESPACE).remove(this, Running.class); // this test's own fake only
        if (own != null) {
            own.fake().close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running own = context.getStore(NAMESPACE).remove(this, Running.class); // not an enclosing class's
        if (own != null) {
            own.fake().close();
            current = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeLinkedIn.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = context.getStore(NAMESPACE).get(this, Running.class);
        if (running == null) {
            throw new ParameterResolutionException("no FakeLinkedIn to inject into " + parameter.getDeclaringExecutable()
                    .getName() + ": an instance-field FakeLinkedInExtension starts its fake per test, so @BeforeAll "
                    + "methods cannot have one; use a static field");
        }
        return running.fake();
    }

    private FakeLinkedIn start(ExtensionContext context) {
        FakeConfig effective = config != null ? config : fromAnnotation(context);
        return clock == null ? FakeLinkedIn.start(effective) : FakeLinkedIn.start(effective, clock);
    }

    private static FakeConfig fromAnnotation(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        FakeLinkedInTest annotation = findAnnotation(testClass);
        if (annotation == null) {
            return FakeConfig.defaults();
        }
        FakeConfig loaded = annotation.config().isBlank() ? FakeConfig.defaults() : load(annotation.config(), testClass);
        return annotation.consent().length == 0 ? loaded : loaded.toBuilder().consent(annotation.consent()[0]).build();
    }

    /** The annotation on the class, its superclasses, or (for {@code @Nested}) an enclosing class. */
    private static FakeLinkedInTest findAnnotation(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            var found = AnnotationSupport.findAnnotation(type, FakeLinkedInTest.class);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    private static FakeConfig load(String location, Class<?> testClass) {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return FakeConfig.fromJson(file);
        }
        String resource = location.startsWith("/") ? location.substring(1) : location;
        ClassLoader loader = testClass.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FakeConfigException("@FakeLinkedInTest config \"" + location
                        + "\" is neither a file nor a classpath resource");
            }
            return FakeConfig.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FakeConfigException("cannot read @FakeLinkedInTest config \"" + location + "\": " + e.getMessage(), e);
        }
    }

    /** A started fake in a store, and whether it serves the whole class. */
    private record Running(FakeLinkedIn fake, boolean perClass) {
    }

    /**
     * Configures a {@link FakeLinkedInExtension}; without any call, the fake runs {@link FakeConfig#defaults()}.
     *
     * <pre>{@code
     * FakeLinkedInExtension.builder().app(FakeApp.builder().redirectUri(callback).build()).build();
     * }</pre>
     */
    public static final class Builder {
        private FakeConfig.Builder config = FakeConfig.builder();
        private Clock clock;

        private Builder() {
        }

        /** Starts from this configuration (apps and members added afterwards are appended to it). */
        public Builder config(FakeConfig value) {
            config = Objects.requireNonNull(value, "config").toBuilder();
            return this;
        }

        public Builder consent(Consent value) {
            config.consent(value);
            return this;
        }

        /** Registers an app; the first call replaces the default app. */
        public Builder app(FakeApp value) {
            config.app(value);
            return this;
        }

        /** Adds a member; the first call replaces the default member. */
        public Builder member(FakeMember value) {
            config.member(value);
            return this;
        }

        /** The fake's base clock, e.g. {@code Clock.fixed(...)} so that time moves only with {@code clock().advance}. */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public FakeLinkedInExtension build() {
            return new FakeLinkedInExtension(config.build(), clock);
        }
    }
}
