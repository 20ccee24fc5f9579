package dev.linkedinoauth.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The floor under the fake's whole-process figures: Jetty 12 alone, the same connector as the fake's (the
 * selector accepts, no acceptor thread), reading the form body and answering a fixed token JSON. Whatever this costs in cold
 * start, RSS, throughput or heap growth, the fake cannot go below on the same JVM flags.
 *
 * <pre>java -cp bench/target/classes:JETTY_JARS dev.linkedinoauth.bench.JettyFloor PORT</pre>
 *
 * With {@code --train} instead of a port it answers one request on a free port and exits: the training run for
 * its class-data archive, as {@code ArchiveTraining} is the fake's. {@code -Dfloor.nonBlocking=true} declares the
 * handler non-blocking (Jetty may then answer on the selector's thread): the floor for a non-blocking fake.
 */
public final class JettyFloor {
    private JettyFloor() {
    }

    /**
     * With {@code -Dfloor.retain=N}, the floor keeps a KiB for each of the last N requests, replaced first in first
     * out, as the fake keeps its last 10,000 tokens and 10,000 recorded requests (about 20 MiB live): what the
     * collector then does with that churn is the floor under the fake's resident size in a soak.
     */
    private static final int RETAINED = Integer.getInteger("floor.retain", 0);
    private static final Object[] KEPT = new Object[Math.max(1, RETAINED)];
    private static long answered; // guarded by KEPT

    /** Reads the form as the fake does (a blocking stream) and writes the fixed answer. */
    private static boolean respond(Request request, Response response, Callback callback, byte[] body)
            throws IOException {
        try (InputStream in = Request.asInputStream(request)) {
            in.readNBytes(1 << 20);
        }
        if (RETAINED > 0) {
            synchronized (KEPT) {
                KEPT[(int) (answered++ % KEPT.length)] = new byte[1024];
            }
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    private static void askOnce(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("POST /oauth/v2/accessToken HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3\r\nConnection: close\r\n\r\na=b")
                    .getBytes(StandardCharsets.US_ASCII));
            if (!new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200")) {
                throw new IllegalStateException("the floor did not answer 200");
            }
        }
    }

    /** Started on 127.0.0.1:{@code port} (0: a free one), as a test would start it in-process. */
    static Server start(int port) throws Exception {
        byte[] body = Servers.STUB_TOKEN_JSON.getBytes(StandardCharsets.UTF_8);
        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http)); // as the fake: the selector accepts
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        Handler answer = Boolean.getBoolean("floor.nonBlocking") ? new Handler.Abstract.NonBlocking() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return respond(request, response, callback, body);
            }
        } : new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                return respond(request, response, callback, body);
            }
        };
        server.setHandler(answer);
        server.setStopTimeout(0); // as the fake
        server.start();
        return server;
    }

    static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public static void main(String[] args) throws Exception {
        boolean training = args[0].equals("--train");
        Server server = start(training ? 0 : Integer.parseInt(args[0]));
        if (training) {
            askOnce(port(server));
            server.stop();
            return;
        }
        server.join();
    }
}
