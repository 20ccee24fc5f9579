package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "introspect", header = "Ask LinkedIn whether a token is active, its scope and expiry.", description = {})
final class IntrospectCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("introspect: waiting for oauth-core");
    }
}
