package dev.linkedinoauth.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "login", header = "Sign in with LinkedIn in the browser; print and store the access token and member id.", description = {})
final class LoginCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("login: waiting for oauth-core");
    }
}
