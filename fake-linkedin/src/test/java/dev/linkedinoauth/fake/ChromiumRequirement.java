package dev.linkedinoauth.fake;

import static org.junit.jupiter.api.extension.ConditionEvaluationResult.disabled;
import static org.junit.jupiter.api.extension.ConditionEvaluationResult.enabled;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where Debian's {@code chromium} and {@code chromium-driver} are installed and are
 * skipped where they are not, except in CI ({@code CI=true}, or {@code FAKE_LINKEDIN_REQUIRE_BROWSER=true}):
 * there they run anyway and fail, so that a missing browser cannot pass the build silently.
 * {@code .ci/setup-chromium.sh} installs both.
 */
final class ChromiumRequirement implements ExecutionCondition {
    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return enabled("Chromium and chromedriver are installed");
        }
        if ("true".equalsIgnoreCase(System.getenv("CI")) || "true".equalsIgnoreCase(System.getenv("FAKE_LINKEDIN_REQUIRE_BROWSER"))) {
            return enabled("Chromium is missing but required here (CI): the browser tests run and fail");
        }
        return disabled("Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): browser tests skipped; .ci/setup-chromium.sh installs them, CI runs them");
    }
}
