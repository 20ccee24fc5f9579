package dev.linkedinoauth.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.Flow;
import dev.linkedinoauth.fake.Http;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfigException;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The JUnit extension, checked by running small test classes (the nested {@code *Case} classes, which
 * only run through the JUnit Platform Testkit here) and looking at their results.
 */
@Timeout(60)
class FakeLinkedInExtensionTest {
    /** Every fake the cases saw, so that the outer tests can check they were all closed. Test-only. */
    private static final Set<URI> STARTED = ConcurrentHashMap.newKeySet();
    private static final Map<String, List<FakeLinkedIn>> SEEN = new ConcurrentHashMap<>();
    private static final Instant T0 = Instant.parse("2026-01-15T08:00:00Z");

    private static EngineExecutionResults run(Class<?> testClass, Map<String, String> configuration) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass))
                .configurationParameters(configuration).execute();
    }

    private static EngineExecutionResults run(Class<?> testClass) {
        return run(testClass, Map.of());
    }

    private static void seen(String key, FakeLinkedIn fake) {
        SEEN.computeIfAbsent(key, k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(fake);
        STARTED.add(fake.baseUrl());
    }

    private static void assertAllSucceeded(EngineExecutionResults results, int tests) {
        results.testEvents().assertStatistics(stats -> stats.started(tests).succeeded(tests).failed(0));
        results.containerEvents().assertStatistics(stats -> stats.failed(0));
    }

    private static void assertClosed(URI url) {
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            throw new AssertionError("still listening: " + url);
        } catch (ConnectException expected) {
            // closed, as it should be
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- the outer tests ---------------------------------------------------------------------------

    @Test
    void declarativeStyleSharesOneFakePerClassResetBeforeEachTest() {
        assertAllSucceeded(run(DeclarativeCase.class), 3);
        assertThat(SEEN.get("declarative")).hasSize(4).allSatisfy(f -> assertThat(f).isSameAs(SEEN.get("declarative").get(0)));
        assertClosed(SEEN.get("declarative").get(0).baseUrl());
    }

    @Test
    void consentAttributeConfiguresTheFake() {
        assertAllSucceeded(run(InteractiveCase.class), 1);
    }

    @Test
    void configAttributeReadsAFileAndConsentOverridesIt() {
        assertAllSucceeded(run(ConfigFileCase.class), 1);
    }

    @Test
    void configAttributeReadsAClasspathResource() {
        assertAllSucceeded(run(ClasspathConfigCase.class), 1);
    }

    @Test
    void aMissingConfigFailsTheClassWithOneClearMessage() {
        EngineExecutionResults results = run(MissingConfigCase.class);

        results.containerEvents().assertStatistics(stats -> stats.failed(1));
        Throwable failure = results.containerEvents().failed().stream().findFirst()
                .flatMap(event -> event.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable).orElseThrow();
        assertThat(failure).isInstanceOf(FakeConfigException.class)
                .hasMessage("@FakeLinkedInTest config \"no-such-config.json\" is neither a file nor a classpath resource");
    }

    @Test
    void staticFieldStyleSharesOneFakePerClassResetBeforeEachTest() {
        assertAllSucceeded(run(StaticFieldCase.class), 2);
        assertThat(SEEN.get("static")).hasSize(3).allSatisfy(f -> assertThat(f).isSameAs(SEEN.get("static").get(0)));
        assertClosed(SEEN.get("static").get(0).baseUrl());
    }

    @Test
    void instanceFieldStyleStartsAFreshFakePerTest() {
        assertAllSucceeded(run(InstanceFieldCase.class), 2);
        List<FakeLinkedIn> fakes = SEEN.get("instance");
        assertThat(fakes).hasSize(2);
        assertThat(fakes.get(0)).isNotSameAs(fakes.get(1));
        fakes.forEach(f -> assertClosed(f.baseUrl()));
    }

    @Test
    void aBuilderClockIsTheFakesBaseClock() {
        assertAllSucceeded(run(FixedClockCase.class), 1);
    }

    @Test
    void classesRunInParallelEachWithItsOwnFakeAndTheirTestsOneAtATime() {
        Map<String, String> parallel = Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent");

        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(ParallelCaseOne.class), selectClass(ParallelCaseTwo.class))
                .configurationParameters(parallel).execute();

        assertAllSucceeded(results, 8);
        assertThat(SEEN.get("parallel-one")).isNotEmpty().allSatisfy(f -> assertThat(f).isSameAs(SEEN.get("parallel-one").get(0)));
        assertThat(SEEN.get("parallel-one").get(0)).isNotSameAs(SEEN.get("parallel-two").get(0));
    }

    @Test
    void everyFakeTheCasesStartedIsClosed() {
        run(DeclarativeCase.class);
        run(StaticFieldCase.class);
        run(InstanceFieldCase.class);

        assertThat(STARTED).isNotEmpty().allSatisfy(FakeLinkedInExtensionTest::assertClosed);
    }

    // --- the cases ---------------------------------------------------------------------------------

    @FakeLinkedInTest
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class DeclarativeCase {
        private final FakeLinkedIn fromConstructor;

        DeclarativeCase(FakeLinkedIn fake) {
            this.fromConstructor = fake;
        }

        @BeforeAll
        static void beforeAll(FakeLinkedIn fake) {
            SEEN.remove("declarative");
            seen("declarative", fake);
        }

        @Test
        @Order(1)
        void firstTestChangesEverything(FakeLinkedIn fake) {
            seen("declarative", fake);
            assertThat(fake).isSameAs(fromConstructor);
            Http.get(fake.url(LinkedInEndpoint.JWKS));
            fake.enqueue(Outcome.status(500));
            fake.clock().advance(Duration.ofDays(3));
            assertThat(fake.requestCount()).isEqualTo(1);
        }

        @Test
        @Order(2)
        void secondTestFindsItReset(FakeLinkedIn fake) {
            seen("declarative", fake);
            assertThat(fake.requestCount()).isZero();
            assertThat(fake.pendingOutcomes()).isEmpty();
            assertThat(fake.clock().offset()).isZero();
            assertThat(Http.get(fake.url(LinkedInEndpoint.JWKS)).statusCode()).isEqualTo(200);
        }

        @Nested
        class Inner {
            @Test
            void nestedClassesShareTheEnclosingFake(FakeLinkedIn fake) {
                seen("declarative", fake);
                assertThat(fake.requestCount()).isZero();
            }
        }
    }

    @FakeLinkedInTest(consent = Consent.INTERACTIVE)
    static class InteractiveCase {
        @Test
        void consentIsInteractive(FakeLinkedIn fake) {
            assertThat(fake.config().consent()).isEqualTo(Consent.INTERACTIVE);
            assertThat(new Flow(fake).authorize("openid").body()).contains("id=\"signin-page\"");
        }
    }

    @FakeLinkedInTest(config = "fake-linkedin.example.json", consent = Consent.AUTO)
    static class ConfigFileCase {
        @Test
        void appsComeFromTheFileAndConsentFromTheAnnotation(FakeLinkedIn fake) {
            assertThat(fake.config().apps()).extracting(FakeApp::name).containsExactly("My Demo App");
            assertThat(fake.config().consent()).isEqualTo(Consent.AUTO);
        }
    }

    @FakeLinkedInTest(config = "extension-test-config.json")
    static class ClasspathConfigCase {
        @Test
        void appsComeFromTheResource(FakeLinkedIn fake) {
            assertThat(fake.config().app("resource-app")).isPresent();
            assertThat(fake.config().defaultMember().id()).isEqualTo("GrH0pp3rXy");
        }
    }

    @FakeLinkedInTest(config = "no-such-config.json")
    static class MissingConfigCase {
        @Test
        void neverRuns() {
            throw new AssertionError("the class should have failed before this test");
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class StaticFieldCase {
        @RegisterExtension
        static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().consent(Consent.INTERACTIVE)
                .member(FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build()).build();

        @BeforeAll
        static void beforeAll() {
            SEEN.remove("static");
            seen("static", linkedIn.get());
        }

        @Test
        @Order(1)
        void firstTestUsesTheConfiguredFake(FakeLinkedIn fake) {
            seen("static", fake);
            assertThat(fake).isSameAs(linkedIn.get());
            assertThat(fake.config().consent()).isEqualTo(Consent.INTERACTIVE);
            assertThat(fake.config().defaultMember().givenName()).isEqualTo("Grace");
            Http.get(fake.url(LinkedInEndpoint.DISCOVERY));
        }

        @Test
        @Order(2)
        void secondTestFindsItReset(FakeLinkedIn fake) {
            seen("static", fake);
            assertThat(fake.requestCount()).isZero();
        }
    }

    static class InstanceFieldCase {
        @RegisterExtension
        FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder().build();

        @BeforeAll
        static void forget() {
            SEEN.remove("instance");
        }

        @Test
        void one(FakeLinkedIn fake) {
            assertThat(fake).isSameAs(linkedIn.get());
            seen("instance", fake);
        }

        @Test
        void two(FakeLinkedIn fake) {
            assertThat(fake).isSameAs(linkedIn.get());
            seen("instance", fake);
        }
    }

    static class FixedClockCase {
        @RegisterExtension
        static FakeLinkedInExtension linkedIn = FakeLinkedInExtension.builder()
                .clock(Clock.fixed(T0, ZoneOffset.UTC)).build();

        @Test
        void timeStandsStillUntilAdvanced(FakeLinkedIn fake) {
            assertThat(fake.clock().now()).isEqualTo(T0);
            fake.clock().advance(Duration.ofMinutes(31));
            assertThat(fake.clock().now()).isEqualTo(T0.plus(Duration.ofMinutes(31)));
        }
    }

    /** Each test expects the fake to itself for its whole duration: it would fail if two shared it at once. */
    abstract static class ParallelCase {
        void usesTheFakeAlone(FakeLinkedIn fake, String key) throws InterruptedException {
            seen(key, fake);
            assertThat(fake.requestCount()).isZero();
            for (int i = 1; i <= 5; i++) {
                Http.get(fake.url(LinkedInEndpoint.JWKS));
                Thread.sleep(20);
                assertThat(fake.requestCount()).isEqualTo(i);
            }
        }
    }

    @FakeLinkedInTest
    static class ParallelCaseOne extends ParallelCase {
        @RepeatedTest(4)
        void test(FakeLinkedIn fake) throws InterruptedException {
            usesTheFakeAlone(fake, "parallel-one");
        }
    }

    @FakeLinkedInTest
    static class ParallelCaseTwo extends ParallelCase {
        @RepeatedTest(4)
        void test(FakeLinkedIn fake) throws InterruptedException {
            usesTheFakeAlone(fake, "parallel-two");
        }
    }
}
