package dev.linkedinoauth.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A callback port for a redirect URI that must be registered before anything listens on it (the demo's fake
 * app). Drawn below Linux's ephemeral range (32768+), so the fake started next on port 0, or any client
 * socket, can never be handed the same port between this check and the callback server's bind.
 */
final class LoopbackPorts {
    private static final int FIRST = 20_000;
    private static final int END = 32_000;

    private LoopbackPorts() {
    }

    /**
     * A loopback port in 20000–31999 that nothing listens on right now, on 127.0.0.1 nor on ::1 (a
     * {@code localhost} callback binds both; a machine without IPv6 is checked on 127.0.0.1 alone).
     */
    static int freeCallbackPort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = random.nextInt(FIRST, END);
            try (ServerSocket v4 = new ServerSocket(candidate, 1, InetAddress.getByName("127.0.0.1"))) {
                if (freeOnIpv6Loopback(candidate)) {
                    return v4.getLocalPort();
                }
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new IllegalStateException("no free local port between " + FIRST + " and " + END);
    }

    private static boolean freeOnIpv6Loopback(int port) {
        try (ServerSocket v6 = new ServerSocket(port, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (BindException e) {
            return e.getMessage() == null || !e.getMessage().toLowerCase(Locale.ROOT).contains("in use");
        } catch (IOException e) {
            return true; // no IPv6 loopback here: the callback server will listen on 127.0.0.1 alone
        }
    }
}
