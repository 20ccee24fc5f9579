package dev.linkedinoauth.fake;

import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The training run for a class-data-sharing archive of the standalone jar: starts a fake on a free port,
 * drives what a first client does (client-credentials token, authorize → token with an id_token →
 * userinfo, discovery, JWKS) and the image's {@code --health-check}, then stops. Run under
 * {@code -XX:ArchiveClassesAtExit=FILE}, the JVM writes every class this loaded into FILE; a later
 * {@code -XX:SharedArchiveFile=FILE} maps them instead of loading them from the jar. The container
 * image runs it at build time:
 *
 * <pre>java -XX:ArchiveClassesAtExit=/app/fake-linkedin.jsa -cp /app/fake-linkedin.jar dev.linkedinoauth.fake.ArchiveTraining</pre>
 *
 * Not API: package-private, started only by name. Exits 1 if any step is not answered as expected,
 * so that an image build fails rather than ship an archive of a broken jar.
 */
final class ArchiveTraining {
    private static final String REDIRECT = "http%3A%2F%2Flocalhost%3A3000%2Fcallback";

    private ArchiveTraining() {
    }

    public static void main(String[] args) throws IOException {
        FakeApp app = FakeApp.defaults().toBuilder().clientCredentials(true).build();
        try (FakeLinkedIn fake = FakeLinkedIn.start(FakeConfig.builder().app(app).build())) {
            String base = fake.baseUrl().toString();
            String credentials = "&client_id=" + app.clientId() + "&client_secret=" + app.clientSecret();
            expect(200, post(base + "/oauth/v2/accessToken", "grant_type=client_credentials" + credentials));
            HttpURLConnection authorize = open(base + "/oauth/v2/authorization?response_type=code&client_id="
                    + app.clientId() + "&redirect_uri=" + REDIRECT + "&scope=openid%20profile%20email&state=training");
            expect(302, authorize);
            String location = authorize.getHeaderField("Location");
            String code = location.substring(location.indexOf("code=") + 5).split("&")[0];
            HttpURLConnection token = post(base + "/oauth/v2/accessToken",
                    "grant_type=authorization_code&code=" + code + "&redirect_uri=" + REDIRECT + credentials);
            String body = expect(200, token);
            int at = body.indexOf("\"access_token\":\"") + 16;
            HttpURLConnection userinfo = open(base + "/v2/userinfo");
            userinfo.setRequestProperty("Authorization", "Bearer " + body.substring(at, body.indexOf('"', at)));
            expect(200, userinfo);
            expect(200, open(base + "/oauth/.well-known/openid-configuration"));
            expect(200, open(base + "/oauth/openid/jwks"));
            int health = HealthCheck.run(Map.of("FAKE_LINKEDIN_HOST", "127.0.0.1",
                    "FAKE_LINKEDIN_PORT", Integer.toString(fake.port())), new PrintStream(OutputStream.nullOutputStream()));
            if (health != 0) {
                fail("the health check failed");
            }
        }
    }

    private static HttpURLConnection open(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
        connection.setInstanceFollowRedirects(false);
        return connection;
    }

    private static HttpURLConnection post(String url, String form) throws IOException {
        HttpURLConnection connection = open(url);
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(form.getBytes(StandardCharsets.UTF_8));
        }
        return connection;
    }

    private static String expect(int status, HttpURLConnection connection) throws IOException {
        int actual = connection.getResponseCode();
        if (actual != status) {
            fail(connection.getURL().getPath() + " answered " + actual + ", not " + status);
        }
        try (InputStream in = actual >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void fail(String why) {
        System.err.println("fake-linkedin archive training: " + why);
        System.exit(1);
    }
}
