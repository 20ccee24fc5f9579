package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "refresh", header = "Get a new access token with the stored refresh token (apps with programmatic refresh only).", description = {})
final class RefreshCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("refresh: waiting for oauth-core");
    }
}
