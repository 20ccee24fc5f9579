package dev.linkedinoauth.bench;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
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
 * The floor under {@link FlowBenchmark}'s sign-in: Jetty 12 alone on the fake's connector, answering the flow's three
 * requests with the least work each can take: the authorization a 302 to the redirect URI with a counter for a code,
 * the token one RS256 signature (2048-bit key, JDK {@link Signature}) over an id_token-sized header and claims, the
 * userinfo a fixed JSON. No checks, no state, no JSON library: whatever this costs per flow, the fake cannot go below.
 */
final class FlowFloor {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] USERINFO = ("{\"sub\":\"782bbtaQ\",\"name\":\"Ada Lovelace\",\"given_name\":\"Ada\","
            + "\"family_name\":\"Lovelace\",\"email\":\"ada@example.com\",\"email_verified\":true,\"locale\":\"en-US\"}")
            .getBytes(StandardCharsets.UTF_8);
    /** The fake's id_token header and claims are about this long; the floor signs as many bytes. */
    private static final String CLAIMS = "{\"iss\":\"https://www.linkedin.com/oauth\",\"aud\":\"fake-client-id\","
            + "\"sub\":\"782bbtaQ\",\"name\":\"Ada Lovelace\",\"given_name\":\"Ada\",\"family_name\":\"Lovelace\","
            + "\"email\":\"ada@example.com\",\"email_verified\":\"true\",\"locale\":\"en-US\",\"iat\":";

    private FlowFloor() {
    }

    static Server start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair key = generator.generateKeyPair();
        String header = BASE64URL.encodeToString("{\"kid\":\"fake-key\",\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8));
        AtomicLong codes = new AtomicLong();

        Server server = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                String path = request.getHttpURI().getPath();
                if (path.endsWith("/authorization")) {
                    response.setStatus(302);
                    response.getHeaders().put(HttpHeader.LOCATION, "http://localhost:3000/callback?code=c"
                            + codes.incrementAndGet() + "&state=" + Http1.queryParam(request.getHttpURI().toString(), "state"));
                    response.write(true, null, callback);
                } else if (path.endsWith("/accessToken")) {
                    try (InputStream in = Request.asInputStream(request)) {
                        in.readNBytes(1 << 20);
                    }
                    String token = "{\"access_token\":\"AQX-floor-" + codes.get() + "\",\"expires_in\":5183999,"
                            + "\"scope\":\"openid,profile,email\",\"token_type\":\"Bearer\",\"id_token\":\""
                            + idToken(header, key) + "\"}";
                    json(response, callback, token.getBytes(StandardCharsets.UTF_8));
                } else {
                    json(response, callback, USERINFO);
                }
                return true;
            }
        });
        server.setStopTimeout(0);
        server.start();
        return server;
    }

    private static String idToken(String header, KeyPair key) throws GeneralSecurityException {
        long now = System.currentTimeMillis() / 1000;
        String input = header + "." + BASE64URL.encodeToString((CLAIMS + now + ",\"exp\":" + (now + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key.getPrivate());
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + BASE64URL.encodeToString(signature.sign());
    }

    private static void json(Response response, Callback callback, byte[] body) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
