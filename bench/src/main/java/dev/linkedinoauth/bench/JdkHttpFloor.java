package dev.linkedinoauth.bench;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The lowest floor on the JVM: the JDK's own HttpServer (no library at all) answering a fixed token JSON.
 * It is what {@code java -jar} of any Java server starts above.
 *
 * <pre>java -cp bench/target/classes dev.linkedinoauth.bench.JdkHttpFloor PORT</pre>
 */
public final class JdkHttpFloor {
    private JdkHttpFloor() {
    }

    public static void main(String[] args) throws Exception {
        byte[] body = Servers.STUB_TOKEN_JSON.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 128);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }
}
