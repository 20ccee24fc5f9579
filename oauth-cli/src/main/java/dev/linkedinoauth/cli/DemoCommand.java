package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Secret;
import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.FakeApp;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code linkedin-oauth demo}: the real login flow of oauth-core against an embedded fake LinkedIn with
 * automatic consent, on a free local port. Needs no app, no network, no browser, and never touches the
 * user's token store.
 */
@Command(name = "demo",
        header = "Run the whole login flow against an embedded offline fake LinkedIn: no app, no network.",
        description = "Starts the fake LinkedIn (automatic consent) on 127.0.0.1, registers a demo app whose "
                + "redirect URI is on a free local port, then runs exactly what 'login' runs: authorization "
                + "URL, callback server, consent (followed over HTTP instead of a browser window), token "
                + "exchange, userinfo. Prints what 'login' prints. With --post TEXT it then publishes TEXT "
                + "with the new token, exactly as 'post' does, and prints the post's URN instead (the login "
                + "summary goes to stderr). Nothing is saved: your token store is not touched.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth demo",
            "  linkedin-oauth demo --json",
            "  linkedin-oauth demo --post 'Hello from the fake'",
            "  linkedin-oauth demo --post 'A picture from the fake' --with-image",
            HelpTopics.SEE_ALSO,
        })
final class DemoCommand extends BaseCommand {

    @Option(names = "--json", description = "Print one JSON object instead of the table, like 'login --json'.")
    boolean json;

    @Option(names = "--post", paramLabel = "TEXT",
            description = "After logging in, post TEXT to the fake's /rest/posts and print the post's URN.")
    String postText;

    @Option(names = "--with-image",
            description = "With --post: attach a small PNG that the jar carries, uploaded through the fake's Images "
                    + "API first (initializeUpload, PUT, status), as 'post --image' does.")
    boolean withImage;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long to wait for the redirect (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    /** Started by {@link Cli} while picocli parses; owned by this command once {@link #call()} takes it. */
    private DemoFake fakeStartedAhead;

    DemoCommand(DemoFake fakeStartedAhead) {
        this.fakeStartedAhead = fakeStartedAhead;
    }

    /** Closes the fake started ahead when {@link #call()} never took it (a usage error). */
    void closeUnusedFake() {
        DemoFake unused = fakeStartedAhead;
        fakeStartedAhead = null;
        if (unused != null) {
            unused.close();
        }
    }

    @Override
    public Integer call() {
        DemoFake demoFake = fakeStartedAhead != null ? fakeStartedAhead : DemoFake.startInBackground();
        fakeStartedAhead = null;
        try (demoFake) {
            if (withImage && postText == null) {
                throw new CliException.Config("--with-image goes with --post TEXT: linkedin-oauth demo --post 'Hello' --with-image");
            }
            return run(demoFake.await());
        }
    }

    private Integer run(DemoFake.Started started) {
        FakeLinkedIn fake = started.fake();
        FakeApp app = started.app();
        say("Demo: fake LinkedIn at " + fake.baseUrl() + ", demo app '" + app.clientId()
                + "', redirect URI " + started.redirectUri());
        LoginRequest request = new LoginRequest(app.clientId(), Secret.of(app.clientSecret()), started.redirectUri(),
                List.copyOf(app.scopes()), new EndpointOptions.Target.BaseUrl(fake.baseUrl()),
                LoginRequest.BrowserChoice.HTTP_FOLLOWER, null, timeout);
        if (postText == null) {
            new LoginRunner(env(), this::say).login(request, null, json, json, out());
        } else {
            // stdout carries the post's result, as for 'post'; the login summary is progress here.
            if (postText.isBlank()) {
                throw new CliException.Config("the post text is empty");
            }
            LoginResult login = new LoginRunner(env(), this::say).login(request, null, false, false, err());
            new DemoPost(env(), out(), this::say).publish(fake, login, postText, withImage, json);
        }
        say("Demo done: nothing was saved. For a real token: linkedin-oauth login (see oauth-cli/README.md, \"Get a real token\").");
        return ExitCodes.OK;
    }
}
