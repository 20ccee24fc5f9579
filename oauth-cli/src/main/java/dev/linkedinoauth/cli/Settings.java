package dev.linkedinoauth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration values from the environment, with a {@code .env} file underneath: a variable set in
 * the real environment wins over the same name in the file (the dotenv convention), so that
 * {@code LINKEDIN_BASE_URL=... linkedin-oauth login} overrides a checked-in default.
 */
final class Settings {

    private final Map<String, String> environment;
    private final Map<String, String> dotEnv;
    private final Optional<Path> dotEnvFile;

    private Settings(Map<String, String> environment, Map<String, String> dotEnv, Optional<Path> dotEnvFile) {
        this.environment = environment;
        this.dotEnv = dotEnv;
        this.dotEnvFile = dotEnvFile;
    }

    /**
     * @param explicitEnvFile {@code --env-file}; must exist when given. Without it {@code ./.env} is read
     *                        when present.
     */
    static Settings load(CliEnvironment env, Path explicitEnvFile) {
        if (explicitEnvFile != null) {
            Path file = env.workingDirectory().resolve(explicitEnvFile);
            return new Settings(env.variables(), DotEnv.read(file), Optional.of(file));
        }
        Path implicit = env.workingDirectory().resolve(".env");
        if (Files.isRegularFile(implicit)) {
            return new Settings(env.variables(), DotEnv.read(implicit), Optional.of(implicit));
        }
        return new Settings(env.variables(), Map.of(), Optional.empty());
    }

    /** The value of {@code name}; an empty value counts as unset. */
    Optional<String> get(String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            value = dotEnv.get(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    Optional<Path> dotEnvFile() {
        return dotEnvFile;
    }
}
