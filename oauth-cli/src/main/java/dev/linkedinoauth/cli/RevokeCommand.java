package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "revoke", header = "Revoke the stored token at LinkedIn and forget it.", description = {})
final class RevokeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("revoke: waiting for oauth-core");
    }
}
