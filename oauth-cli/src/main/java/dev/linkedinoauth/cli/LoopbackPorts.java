package dev.linkedinoauth.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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

    /** A loopback port in 20000–31999 that nothing listens on right now. */
    static int freeCallbackPort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = random.nextInt(FIRST, END);
            try (ServerSocket socket = new ServerSocket(candidate, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new IllegalStateException("no free local port between " + FIRST + " and " + END);
    }
}
