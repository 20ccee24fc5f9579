package dev.linkedinoauth.fake.testcontainers;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests run where Docker is and are skipped where it is not, except in CI ({@code CI=true}
 * or {@code FAKE_LINKEDIN_REQUIRE_DOCKER=true}): there they run anyway, so that a missing daemon fails
 * the build instead of passing it with the container tests silently skipped.
 */
final class DockerRequirement implements ExecutionCondition {

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

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("FAKE_LINKEDIN_REQUIRE_DOCKER"));
    }
}
