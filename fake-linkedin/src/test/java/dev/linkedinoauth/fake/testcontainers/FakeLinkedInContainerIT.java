package dev.linkedinoauth.fake.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.linkedinoauth.fake.Http;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;

/** The container class against the real image: start, wait, URLs, and a whole login over plain HTTP. */
@ExtendWith(DockerRequirement.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FakeLinkedInContainerIT {

    private static final FakeMember GRACE = FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build();
    private static String redirectUri;
    private static FakeApp app;
    private static FakeLinkedInContainer fake;


    @BeforeAll
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    static void startFake() throws IOException {
        redirectUri = "http://localhost:" + freePort() + "/callback";
        app = FakeApp.builder().clientId("container-app").clientSecret("container-secret")
                .redirectUri(redirectUri).build();
        fake = FakeLinkedInImage.container().withApp(app).withMember(GRACE);
        fake.start();
    }

    @AfterAll
    static void stopFake() {
        if (fake != null) {
            fake.stop();
        }
    }

    @Test
    void startReturnsOnceTheHealthEndpointAnswers() {
        assertThat(fake.isRunning()).isTrue();
        assertThat(Http.get(fake.getHealthUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void discoveryDocumentNamesTheEndpointsAtTheUrlThisClientUses() {
        HttpResponse<String> response = Http.get(fake.getUrl(LinkedInEndpoint.DISCOVERY));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = Http.json(response);
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(fake.getUrl(LinkedInEndpoint.AUTHORIZATION));
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(fake.getUrl(LinkedInEndpoint.TOKEN));
        assertThat(discovery.path("userinfo_endpoint").asText()).isEqualTo(fake.getUrl(LinkedInEndpoint.USERINFO));
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(fake.getUrl(LinkedInEndpoint.JWKS));
    }

    @Test
    void memberLogsInThroughTheContainerizedFake() {
        JsonNode token = Http.login(fake.getBaseUrl(), app, redirectUri);

        HttpResponse<String> userinfo = Http.getWithBearer(fake.getUrl(LinkedInEndpoint.USERINFO), token.path("access_token").asText());
        assertThat(userinfo.statusCode()).isEqualTo(200);
        assertThat(Http.json(userinfo).path("sub").asText()).isEqualTo(GRACE.id());
        assertThat(Http.json(userinfo).path("email").asText()).isEqualTo(GRACE.email());
    }

    @Test
    void idTokenIssuerIsTheDiscoveryIssuer() {
        String issuer = Http.json(Http.get(fake.getUrl(LinkedInEndpoint.DISCOVERY))).path("issuer").asText();
        JsonNode token = Http.login(fake.getBaseUrl(), app, redirectUri);

        JsonNode claims = Http.jwtClaims(token.path("id_token").asText());
        assertThat(issuer).isNotBlank();
        assertThat(claims.path("iss").asText()).isEqualTo(issuer);
        assertThat(claims.path("aud").asText()).isEqualTo(app.clientId());
    }

    @Test
    void unknownClientIsRefusedAtTheConsentPage() {
        String url = fake.getUrl(LinkedInEndpoint.AUTHORIZATION) + "?response_type=code&client_id=nobody&redirect_uri="
                + Http.enc(redirectUri) + "&state=s&scope=openid";

        assertThat(Http.get(url).statusCode()).isEqualTo(401);
    }

    @Test
    void anOutcomeScriptedOverHttpAnswersTheNextTokenRequestOnly() {
        HttpResponse<String> queued = Http.postJson(fake.getBaseUrl() + "/__fake/outcomes",
                "{\"endpoint\":\"token\",\"status\":429,\"retryAfter\":2}");
        HttpResponse<String> throttled = Http.postForm(fake.getUrl(LinkedInEndpoint.TOKEN), java.util.Map.of("grant_type", "client_credentials",
                "client_id", app.clientId(), "client_secret", app.clientSecret()));

        assertThat(queued.statusCode()).isEqualTo(201);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("2");
        JsonNode token = Http.login(fake.getBaseUrl(), app, redirectUri);
        assertThat(token.path("access_token").asText()).isNotBlank();
    }

    @Test
    void imageRunsAsANonRootUser() {
        assertThat(fake.getContainerInfo().getConfig().getUser()).isEqualTo("10001:10001");
    }

    @Test
    void imageHealthCheckCommandSucceedsAgainstARunningFake() throws Exception {
        String[] healthCheck = DockerClientFactory.instance().client().inspectImageCmd(fake.getDockerImageName())
                .exec().getConfig().getHealthcheck().getTest().toArray(String[]::new);
        assertThat(healthCheck[0]).isEqualTo("CMD");

        ExecResult result = fake.execInContainer(Arrays.copyOfRange(healthCheck, 1, healthCheck.length));

        assertThat(result.getExitCode()).as(result.getStderr()).isZero();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
