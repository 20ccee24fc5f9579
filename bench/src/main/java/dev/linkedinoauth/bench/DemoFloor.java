package dev.linkedinoauth.bench;

import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The floor under {@code linkedin-oauth demo}: what the demo's libraries cost with none of its logic. Two Jetty 12
 * servers on loopback (a "LinkedIn" answering fixed text, a callback server) and one Apache HttpClient 5 that
 * follows the authorization redirect, posts for a token and gets userinfo, then everything stops. No picocli, no
 * OAuth state, no JSON, no RSA. With the start-up tuning the CLI has (Jetty without JMX, HttpClient without its
 * trust store and cookies) and the launcher's JVM flags, a whole run of this is the least the demo can take.
 *
 * <pre>java -cp bench/target/floors.jar:JETTY_AND_HTTPCLIENT_JARS dev.linkedinoauth.bench.DemoFloor</pre>
 */
public final class DemoFloor {
    private DemoFloor() {
    }

    public static void main(String[] args) throws Exception {
        // As fake-linkedin's JettyTuning does: Jetty otherwise starts JMX to learn the size of a reference.
        System.setProperty("org.eclipse.jetty.util.referencesPerCacheLine", "16");
        Server callback = start(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback done) {
                return answer(response, done, "text/html", "<p>Signed in. You can close this tab.</p>");
            }
        });
        String callbackUrl = "http://127.0.0.1:" + port(callback) + "/callback?code=c0de&state=s7a7e";
        Server linkedIn = start(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback done) throws IOException {
                if (Request.getPathInContext(request).startsWith("/oauth/v2/authorization")) {
                    response.setStatus(302);
                    response.getHeaders().put(HttpHeader.LOCATION, callbackUrl);
                    done.succeeded();
                    return true;
                }
                Content.Source.consumeAll(request);
                return answer(response, done, "application/json", Servers.STUB_TOKEN_JSON);
            }
        });
        String base = "http://127.0.0.1:" + port(linkedIn);
        try (CloseableHttpClient client = client()) {
            // The redirect is followed by hand, as the CLI's HTTP follower does (redirect handling is off).
            String location = client.execute(new HttpGet(base + "/oauth/v2/authorization?response_type=code"),
                    r -> r.getFirstHeader("Location").getValue());
            client.execute(new HttpGet(location), r -> EntityUtils.toString(r.getEntity()));
            HttpPost token = new HttpPost(base + "/oauth/v2/accessToken");
            token.setEntity(new StringEntity("grant_type=authorization_code&code=c0de", ContentType.APPLICATION_FORM_URLENCODED));
            String answer = client.execute(token, r -> EntityUtils.toString(r.getEntity()));
            String member = client.execute(new HttpGet(base + "/v2/userinfo"), r -> EntityUtils.toString(r.getEntity()));
            if (!answer.contains("access_token") || !member.contains("access_token")) {
                throw new IllegalStateException("the floor's server did not answer");
            }
        }
        linkedIn.stop();
        callback.stop();
    }

    private static Server start(Handler handler) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(new HttpConfiguration()));
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        server.setHandler(handler);
        server.setStopTimeout(0);
        server.start();
        return server;
    }

    private static int port(Server server) {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    private static boolean answer(Response response, Callback done, String type, String body) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), done);
        return true;
    }

    /** As oauth-core builds its client for loopback: no cookie store, no redirects, TLS never set up. */
    private static CloseableHttpClient client() {
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new NoTls())
                        .build())
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
    }

    private static final class NoTls implements TlsSocketStrategy {
        @Override
        public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context) {
            throw new UnsupportedOperationException("the floor talks plain http on loopback");
        }
    }
}
