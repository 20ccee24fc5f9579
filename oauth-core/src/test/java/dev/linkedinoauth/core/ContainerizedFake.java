package dev.linkedinoauth.core;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import dev.linkedinoauth.fake.testcontainers.FakeLinkedInContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The fake's container image for oauth-core's container tests, built once per JVM from fake-linkedin's
 * Dockerfile and shaded jar (fake-linkedin's own container tests build the same image the same way).
 * As a JUnit condition: runs where Docker is, skips elsewhere, except in CI ({@code CI=true} or
 * {@code FAKE_LINKEDIN_REQUIRE_DOCKER=true}), where the tests run and fail without Docker.
 */
final class ContainerizedFake implements ExecutionCondition {
    private static final String LOCAL_BASE_IMAGE = "linkedin-oauth/jre-base:17";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (DockerClientFactory.instance().isDockerAvailable()) {
            return enabled("Docker is available");
        }
        if (required()) {
            return enabled("Docker is not available but required here (CI): the container tests run and fail");
        }
        return disabled("Docker is not available: container tests skipped (CI runs them)");
    }

    /** A container of the fake's image, with host networking where the daemon has no bridge network. */
    static FakeLinkedInContainer container() {
        FakeLinkedInContainer container = new FakeLinkedInContainer(Image.NAME);
        return hostNetworkOnly() ? container.withHostNetwork() : container;
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("FAKE_LINKEDIN_REQUIRE_DOCKER"));
    }

    private static boolean hostNetworkOnly() {
        String mode = System.getenv("FAKE_LINKEDIN_CONTAINER_NETWORK");
        if (mode != null && !mode.isBlank()) {
            return "host".equals(mode.trim());
        }
        return DockerClientFactory.instance().client().listNetworksCmd().exec().stream()
                .noneMatch(network -> "bridge".equals(network.getName()));
    }

    /** Holder idiom: built lazily, once, thread-safely, and never reassigned. */
    private static final class Image {
        static final String NAME = build();

        private static String build() {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("Docker is not available, and the container tests are required here"
                        + " (CI=true or FAKE_LINKEDIN_REQUIRE_DOCKER=true): start dockerd, see .ci/setup-docker.sh");
            }
            Path jar = Path.of(System.getProperty("fake.standalone.jar", "../fake-linkedin/target/fake-linkedin-standalone.jar"));
            Path dockerfile = Path.of(System.getProperty("fake.dockerfile", "../fake-linkedin/src/main/docker/Dockerfile"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the container tests need fake-linkedin's shaded"
                        + " jar; run them with ./mvnw verify from the project root");
            }
            return new ImageFromDockerfile(System.getProperty("fake.imageName", "linkedin-oauth/fake-linkedin:test"), false)
                    .withFileFromPath("Dockerfile", dockerfile)
                    .withFileFromPath("target/fake-linkedin-standalone.jar", jar)
                    .withBuildArg("BASE_IMAGE", baseImage())
                    .get();
        }

        private static String baseImage() {
            String configured = System.getProperty("fake.baseImage", System.getenv("FAKE_LINKEDIN_BASE_IMAGE"));
            if (configured != null && !configured.isBlank()) {
                return configured;
            }
            boolean local = !DockerClientFactory.instance().client().listImagesCmd()
                    .withImageNameFilter(LOCAL_BASE_IMAGE).exec().isEmpty();
            return local ? LOCAL_BASE_IMAGE : "eclipse-temurin:17-jre";
        }
    }
}
