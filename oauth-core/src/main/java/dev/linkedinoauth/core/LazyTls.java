package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * HttpClient's default TLS, made on the first https connection instead of when the client is built. The
 * default reads and parses the JDK's trust store (about 60 ms and 300 classes at start-up), which a client
 * that only ever talks plain http to the fake on loopback (the demo, tests) never needs.
 */
final class LazyTls implements TlsSocketStrategy {
    private volatile TlsSocketStrategy tls;

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return tls().upgrade(socket, target, port, attachment, context);
    }

    private TlsSocketStrategy tls() {
        TlsSocketStrategy current = tls;
        if (current == null) {
            synchronized (this) {
                current = tls;
                if (current == null) {
                    current = DefaultClientTlsStrategy.createDefault();
                    tls = current;
                }
            }
        }
        return current;
    }
}
