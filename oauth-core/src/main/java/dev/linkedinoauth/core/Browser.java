package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.URI;

/**
 * Something that takes the member to the authorization URL. The login always prints the URL first (on the
 * progress stream) and runs the browser on its own thread; a browser that fails or hangs never aborts the
 * login. Never hand a secret to a browser: the authorization URL holds none.
 *
 * <pre>{@code
 * Browser browser = Browser.system();          // $BROWSER, else the desktop's browser, else print only
 * Browser robot = Browser.httpFollower();      // no window: follows LinkedIn's redirect over HTTP (demos, tests)
 * }</pre>
 */
// The implementations do not implement this interface: the factories hand out their open method, so that
// neither file imports the other (no file cycles, tools/import-graph.sh).
@FunctionalInterface
public interface Browser {

    /**
     * Opens the URL.
     *
     * @throws IOException when it could not (the login reports it and keeps waiting)
     */
    void open(URI url) throws IOException;

    /**
     * The usual choice: {@code $BROWSER} when set (Unix convention: colon-separated commands, {@code %s}
     * replaced by the URL, else the URL appended; the first that starts wins), else the desktop's browser
     * when there is a desktop, else nothing (the printed URL is all).
     */
    static Browser system() {
        return new SystemBrowser(System.getenv("BROWSER"))::open;
    }

    /** Runs the given {@code $BROWSER}-style command list. */
    static Browser command(String browserVariable) {
        return new SystemBrowser(browserVariable, false)::open;
    }

    /** Opens nothing: the member copies the printed URL (machines without a browser). */
    static Browser printOnly() {
        return url -> {
        };
    }

    /**
     * Plays the browser without a window: GETs the URL and follows redirects over HTTP until it reaches the
     * redirect URI (the callback server), never rendering anything. Works when the provider redirects at
     * once, as the fake does with automatic consent; it cannot click a real consent page.
     */
    static Browser httpFollower() {
        Browser follower = new HttpFollowerBrowser()::open;
        return HttpFollowerBrowser.handedOut(follower);
    }
}
