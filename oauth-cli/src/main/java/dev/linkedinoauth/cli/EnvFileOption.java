package dev.linkedinoauth.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --env-file}: where KEY=value defaults come from (default ./.env when present). */
final class EnvFileOption {

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Read LINKEDIN_* defaults from FILE (default: ./.env when present). "
                    + "The real environment wins over the file.")
    Path envFile;

    Settings load(CliEnvironment env) {
        return Settings.load(env, envFile);
    }
}
