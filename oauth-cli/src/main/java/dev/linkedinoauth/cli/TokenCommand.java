package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "token", header = "Show the stored token: member, expiry, scope (masked unless --reveal).", description = {})
final class TokenCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("token: waiting for oauth-core");
    }
}
