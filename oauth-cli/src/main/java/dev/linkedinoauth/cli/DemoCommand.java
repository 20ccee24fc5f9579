package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", header = "Run the whole login flow against an embedded offline fake LinkedIn: no app, no network.", description = {})
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("demo: waiting for oauth-core");
    }
}
