package dev.linkedinoauth.cli;

import picocli.CommandLine;

/** {@code --version} as picocli asks for it (with other options, e.g. {@code --verbose --version}); see {@link Version}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return Version.lines();
    }
}
