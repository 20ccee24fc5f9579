package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "fake", header = "Run the fake LinkedIn as a server until Ctrl-C.", description = {})
final class FakeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("fake: waiting for oauth-core");
    }
}
