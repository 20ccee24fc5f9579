package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "whoami", header = "Show the member the stored token belongs to (OpenID userinfo).", description = {})
final class WhoamiCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("whoami: waiting for oauth-core");
    }
}
