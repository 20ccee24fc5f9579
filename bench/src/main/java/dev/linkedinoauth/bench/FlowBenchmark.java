package dev.linkedinoauth.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole sign-in a test drives, against a server started once: authorize (auto consent, a 302 with
 * the code) → token (authorization_code, with an id_token: openid is asked for) → userinfo with the
 * access token, on one keep-alive connection. SampleTime reports p0.50. {@code flow-floor} is {@link FlowFloor}: the
 * same three requests answered with one RS256 signature and nothing else, the least any server can take.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FlowBenchmark {
    private static final String REDIRECT = "http%3A%2F%2Flocalhost%3A3000%2Fcallback";

    @Param({"fake", "mock-oauth2-server", "flow-floor"})
    public String server;

    private Servers.Running running;
    private Http1 http;
    private boolean fakePaths;
    private String prefix;
    private String clientId;
    private String clientSecret;
    private String userinfo;
    private long state;

    @Setup(Level.Trial)
    public void start() throws IOException {
        running = Servers.start(server);
        http = new Http1(running.port());
        fakePaths = !server.equals("mock-oauth2-server"); // the floor takes the fake's paths
        prefix = fakePaths ? "/oauth/v2" : "/default";
        clientId = fakePaths ? "fake-client-id" : "c";
        clientSecret = fakePaths ? "fake-client-secret" : "s";
        userinfo = fakePaths ? "/v2/userinfo" : "/default/userinfo";
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        http.close();
        running.close();
    }

    @Benchmark
    public String authorizeTokenUserinfo() throws IOException {
        String authorize = prefix + (fakePaths ? "/authorization" : "/authorize")
                + "?response_type=code&client_id=" + clientId + "&redirect_uri=" + REDIRECT
                + "&scope=openid%20profile%20email&state=s" + (state++);
        Http1.Answer redirect = http.get(authorize);
        if (redirect.status() != 302) {
            throw new IllegalStateException("authorize answered " + redirect.status() + ": " + redirect.body());
        }
        String code = Http1.queryParam(redirect.header("Location"), "code");
        Http1.Answer token = http.postForm(prefix + (fakePaths ? "/accessToken" : "/token"),
                "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT
                        + "&client_id=" + clientId + "&client_secret=" + clientSecret);
        if (token.status() != 200) {
            throw new IllegalStateException("token answered " + token.status() + ": " + token.body());
        }
        Http1.Answer me = http.get(userinfo, "Authorization: Bearer " + Http1.jsonString(token.body(), "access_token"));
        if (me.status() != 200) {
            throw new IllegalStateException("userinfo answered " + me.status() + ": " + me.body());
        }
        return me.body();
    }
}
