package dev.linkedinoauth.cli;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The demo's offline LinkedIn: a demo app whose redirect URI is on a free local port, and a fake LinkedIn
 * (automatic consent) on 127.0.0.1 that knows it. Nothing in it depends on the demo's options, so it is
 * started on a thread of its own as soon as the command line names {@code demo}: the fake's start (Jetty,
 * about a third of the demo) then runs on another core while picocli builds its model of the command
 * (annotation reflection, about a fifth), instead of after it.
 *
 * <p>Whoever starts it closes it: {@link DemoCommand} when it runs, {@link Cli#execute} when it does not
 * (a usage error). Closing waits for the start, so no fake outlives its command.
 */
final class DemoFake implements AutoCloseable {

    /** What the demo runs against, once the fake listens. */
    record Started(FakeLinkedIn fake, FakeApp app, URI redirectUri) {
    }

    private final CompletableFuture<Started> started = new CompletableFuture<>();

    private DemoFake() {
    }

    /** Begins the start on a daemon thread and returns at once. */
    static DemoFake startInBackground() {
        DemoFake demo = new DemoFake();
        Thread thread = new Thread(new Start(demo), "demo-fake-start");
        thread.setDaemon(true);
        thread.start();
        return demo;
    }

    /** The started fake; rethrows what its start threw. */
    Started await() {
        try {
            return started.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        Started fake;
        try {
            fake = started.join();
        } catch (CompletionException e) {
            return; // it never listened: nothing to close
        }
        fake.fake().close();
    }

    private void start() {
        try {
            URI redirectUri = URI.create("http://localhost:" + LoopbackPorts.freeCallbackPort() + "/callback");
            FakeApp app = FakeApp.builder().redirectUris(List.of(redirectUri.toString())).build();
            FakeConfig config = FakeConfig.builder().host("127.0.0.1").port(0).consent(Consent.AUTO).app(app).build();
            started.complete(new Started(FakeLinkedIn.start(config), app, redirectUri));
        } catch (RuntimeException | Error e) {
            started.completeExceptionally(e);
        }
    }

    /** A nested class, not a lambda: the first lambda costs a LambdaMetafactory bootstrap at start-up. */
    private static final class Start implements Runnable {
        private final DemoFake demo;

        Start(DemoFake demo) {
            this.demo = demo;
        }

        @Override
        public void run() {
            demo.start();
        }
    }
}
