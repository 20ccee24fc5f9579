package dev.linkedinoauth.fake.testcontainers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;

/**
 * The fake's image, built once per test JVM from {@code src/main/docker/Dockerfile} and the shaded jar
 * of the {@code package} phase (which is why the container tests are failsafe {@code *IT}s), and the
 * networking mode the local Docker daemon allows.
 */
final class FakeLinkedInImage {

    /** Built by {@code .ci/build-jre-base.sh}: the base CI uses, where no registry is reachable. */
    static final String LOCAL_BASE_IMAGE = "linkedin-oauth/jre-base:17";
    static final String PUBLIC_BASE_IMAGE = "eclipse-temurin:17-jre";

    private FakeLinkedInImage() {
    }

    /** The image's name, built on first use; the build fails loudly when Docker is missing but required. */
    static String name() {
        return Built.NAME;
    }

    /** A container of the image, in the networking mode this daemon supports. */
    static FakeLinkedInContainer container() {
        FakeLinkedInContainer container = new FakeLinkedInContainer(name());
        return hostNetworkOnly() ? container.withHostNetwork() : container;
    }

    /**
     * Host networking when {@code FAKE_LINKEDIN_CONTAINER_NETWORK=host} (CI sets it), or when the daemon
     * has no bridge network at all ({@code dockerd --bridge=none}); mapped ports otherwise.
     */
    static boolean hostNetworkOnly() {
        String mode = System.getenv("FAKE_LINKEDIN_CONTAINER_NETWORK");
        if (mode != null && !mode.isBlank()) {
            return FakeLinkedInContainer.HOST_NETWORK.equals(mode.trim());
        }
        return DockerClientFactory.instance().client().listNetworksCmd().exec().stream()
                .noneMatch(network -> "bridge".equals(network.getName()));
    }

    /** {@code -Dfake.baseImage}, else {@code FAKE_LINKEDIN_BASE_IMAGE}, else the local base if present, else Temurin. */
    static String baseImage() {
        String configured = System.getProperty("fake.baseImage", System.getenv("FAKE_LINKEDIN_BASE_IMAGE"));
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        return localImageExists(LOCAL_BASE_IMAGE) ? LOCAL_BASE_IMAGE : PUBLIC_BASE_IMAGE;
    }

    private static boolean localImageExists(String image) {
        return !DockerClientFactory.instance().client().listImagesCmd().withImageNameFilter(image).exec().isEmpty();
    }

    /** Holder idiom: built lazily, once, thread-safely, and never reassigned. */
    private static final class Built {
        static final String NAME = build();

        private static String build() {
            if (!DockerClientFactory.instance().isDockerAvailable()) {
                throw new IllegalStateException("Docker is not available, and the container tests are required here"
                        + " (CI=true or FAKE_LINKEDIN_REQUIRE_DOCKER=true): start dockerd, see .ci/setup-docker.sh");
            }
            Path jar = Path.of(System.getProperty("fake.standalone.jar", "target/fake-linkedin-standalone.jar"));
            Path dockerfile = Path.of(System.getProperty("fake.dockerfile", "src/main/docker/Dockerfile"));
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the container tests need the shaded jar"
                        + " of the package phase; run them with ./mvnw verify");
            }
            String image = System.getProperty("fake.imageName", "linkedin-oauth/fake-linkedin:test");
            // Kept after the tests: the next build reuses its layers, and it can be run by hand.
            return new ImageFromDockerfile(image, false)
                    .withFileFromPath("Dockerfile", dockerfile)
                    .withFileFromPath("target/fake-linkedin-standalone.jar", jar)
                    .withBuildArg("BASE_IMAGE", baseImage())
                    .get();
        }
    }
}
