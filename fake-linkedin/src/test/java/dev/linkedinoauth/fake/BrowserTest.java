package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.linkedinoauth.fake.model.Consent;
import dev.linkedinoauth.fake.model.FakeApp;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages a person looks at, in real headless Chromium driven by Selenium: sign in, consent (allow and
 * cancel), and the dashboard. Screenshots go to {@code target/screenshots/}. Selenium Manager is never
 * used: the driver and the browser are Debian's, given explicitly.
 */
@ExtendWith(ChromiumRequirement.class)
@Timeout(120)
class BrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** A LinkedIn-Version the fake accepts: two months back, as LinkedIn keeps a year of them. */
    private static final String VERSION = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(2).toString()
            .replace("-", "");

    private static WebDriver browser;
    private static Path profile;
    private static HttpServer callbackServer;
    private static final List<String> callbackQueries = new CopyOnWriteArrayList<>();

    private FakeLinkedIn fake;
    private String redirectUri;

    @BeforeAll
    static void startBrowser() throws IOException {
        System.setProperty("webdriver.chrome.driver", ChromiumRequirement.CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("fake-linkedin-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumRequirement.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(ChromiumRequirement.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(WAIT);

        // The app's side of the redirect: a tiny page on a free loopback port, like a real callback server.
        callbackServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbackServer.createContext("/callback", exchange -> {
            callbackQueries.add(exchange.getRequestURI().getRawQuery());
            byte[] page = "<!DOCTYPE html><title>Back in the app</title><h1 id=\"landed\">Back in the app</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        callbackServer.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (callbackServer != null) {
            callbackServer.stop(0);
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void startFake() {
        redirectUri = "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/callback";
        fake = FakeLinkedIn.start(FakeConfig.builder().consent(Consent.INTERACTIVE)
                .app(FakeApp.builder().name("Acme Publisher").redirectUri(redirectUri).build())
                .member(FakeMember.defaults())
                .member(FakeMember.builder().id("GrH0pp3rXy").givenName("Grace").familyName("Hopper").email("grace@example.com").build()).build());
        callbackQueries.clear();
        browser.manage().deleteAllCookies();
    }

    @AfterEach
    void stopFake() {
        fake.close();
    }

    private void openAuthorization() {
        browser.get(new Flow(fake).authorizeUri(Flow.CLIENT_ID, redirectUri,
                "openid%20profile%20email%20w_member_social", "br0wser-state").toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-page")));
    }

    private void signInAsGrace() {
        openAuthorization();
        browser.findElement(By.id("member-GrH0pp3rXy")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-page")));
    }

    private Map<String, String> landedQuery() {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains(redirectUri));
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("landed")));
        return Http.parseQuery(URI.create(browser.getCurrentUrl()).getRawQuery());
    }

    private static Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Grows the window until the whole page fits (the window's frame takes some height), then shoots. */
    private static Path fullPageScreenshot(String name) throws IOException {
        for (int i = 0; i < 3; i++) {
            long page = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight")).longValue();
            long viewport = ((Number) ((JavascriptExecutor) browser).executeScript("return window.innerHeight")).longValue();
            if (viewport >= page) {
                break;
            }
            Dimension window = browser.manage().window().getSize();
            browser.manage().window().setSize(new Dimension(1280, (int) Math.min(6000, window.getHeight() + page - viewport + 8)));
        }
        return screenshot(name);
    }

    @Test
    void signingInAndAllowingLandsOnTheRedirectUriWithAWorkingCode() {
        signInAsGrace();
        browser.findElement(By.id("allow")).click();

        Map<String, String> query = landedQuery();

        assertThat(query).containsEntry("state", "br0wser-state").containsKey("code");
        assertThat(callbackQueries).hasSize(1);
        HttpResponse<String> exchange = Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code",
                "code", query.get("code"), "redirect_uri", redirectUri, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET));
        assertThat(exchange.statusCode()).isEqualTo(200);
        HttpResponse<String> userinfo = Http.get(fake.url(LinkedInEndpoint.USERINFO), "Authorization",
                "Bearer " + Http.json(exchange).get("access_token").asText());
        assertThat(Http.json(userinfo).get("sub").asText()).isEqualTo("GrH0pp3rXy");
    }

    @Test
    void signingInWithAnEmailAddressWorksToo() {
        openAuthorization();
        browser.findElement(By.id("email")).sendKeys("ada@example.com");
        browser.findElement(By.id("password")).sendKeys("anything");
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("consent-page")));

        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("Ada Example");
    }

    @Test
    void cancellingConsentGivesUserCancelledAuthorize() {
        signInAsGrace();
        browser.findElement(By.id("cancel")).click();

        Map<String, String> query = landedQuery();

        assertThat(query).containsEntry("error", "user_cancelled_authorize").containsEntry("state", "br0wser-state")
                .doesNotContainKey("code");
    }

    @Test
    void cancellingSignInGivesUserCancelledLogin() {
        openAuthorization();
        browser.findElement(By.id("cancel")).click();

        assertThat(landedQuery()).containsEntry("error", "user_cancelled_login");
    }

    @Test
    void consentPageShowsTheAppTheMemberAndEveryScope() throws IOException {
        signInAsGrace();

        Path shot = screenshot("consent");

        assertThat(browser.getTitle()).isEqualTo("Authorize | LinkedIn");
        assertThat(browser.findElement(By.id("app-name")).getText()).isEqualTo("Acme Publisher");
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("Grace Hopper");
        assertThat(browser.findElements(By.cssSelector("#scopes li"))).hasSize(4);
        assertThat(browser.findElement(By.id("allow")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("cancel")).isDisplayed()).isTrue();
        assertThat(shot).isNotEmptyFile();
    }

    @Test
    void signInPageListsTheMembersWithTheirAvatars() throws IOException {
        openAuthorization();

        Path shot = screenshot("signin");

        assertThat(browser.findElements(By.cssSelector("button.member"))).hasSize(2);
        Object avatarsLoaded = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('button.member img')).every(i => i.complete && i.naturalWidth > 0)");
        assertThat(avatarsLoaded).isEqualTo(true);
        assertThat(shot).isNotEmptyFile();
    }

    @Test
    void dashboardShowsTokensMaskedRequestsAndPosts() throws IOException {
        signInAsGrace();
        browser.findElement(By.id("allow")).click();
        String code = landedQuery().get("code");
        String token = Http.json(Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type", "authorization_code", "code", code,
                "redirect_uri", redirectUri, "client_id", Flow.CLIENT_ID, "client_secret", Flow.SECRET))).get("access_token").asText();
        Http.postJson(fake.url(LinkedInEndpoint.UGC_POSTS), UgcPostsEndpointTest.body("urn:li:person:GrH0pp3rXy", "Hello from the browser test",
                "{\"com.linkedin.ugc.MemberNetworkVisibility\":\"PUBLIC\"}"), "Authorization", "Bearer " + token,
                "X-Restli-Protocol-Version", "2.0.0");
        fake.enqueue(Outcome.status(429).retryAfter(Duration.ofSeconds(2)).on(LinkedInEndpoint.TOKEN));

        browser.get(fake.dashboardUrl().toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        Path shot = fullPageScreenshot("dashboard");
        browser.manage().window().setSize(new Dimension(1280, 900));

        String masked = token.substring(0, 3) + "…" + token.substring(token.length() - 3);
        assertThat(browser.findElement(By.id("tokens")).getText()).contains(masked);
        assertThat(browser.findElement(By.id("posts")).getText()).contains("Hello from the browser test");
        assertThat(browser.findElement(By.id("requests")).getText()).contains("/oauth/v2/accessToken", "/v2/ugcPosts");
        assertThat(browser.findElement(By.id("outcomes")).getText()).contains("429");
        assertThat(browser.findElement(By.id("members")).getText()).contains("Grace Hopper", "Ada Example");
        assertThat(browser.getPageSource()).doesNotContain(token, Flow.SECRET);
        assertThat(shot).isNotEmptyFile();
    }

    /** An image of {@code width} x {@code height} in one colour, encoded as {@code format} (png, gif) by ImageIO. */
    private static byte[] image(String format, int width, int height, java.awt.Color colour) throws IOException {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        assertThat(javax.imageio.ImageIO.write(picture, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    /** initializeUpload for Grace and PUT the bytes to the upload URL, as a client does; the image URN. */
    private String upload(String token, byte[] bytes) {
        String[] rest = {"Authorization", "Bearer " + token, "LinkedIn-Version", VERSION,
                "X-Restli-Protocol-Version", "2.0.0"};
        var value = Http.json(Http.postJson(fake.baseUrl() + "/rest/images?action=initializeUpload",
                "{\"initializeUploadRequest\":{\"owner\":\"urn:li:person:GrH0pp3rXy\"}}", rest)).get("value");
        var put = Http.send(Http.request(URI.create(value.get("uploadUrl").asText()))
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
        assertThat(put.statusCode()).isBetween(200, 299);
        return value.get("image").asText();
    }

    private void post(String token, String commentary, String content) {
        var posted = Http.postJson(fake.baseUrl() + "/rest/posts", "{\"author\":\"urn:li:person:GrH0pp3rXy\","
                + "\"commentary\":\"" + commentary + "\",\"visibility\":\"PUBLIC\",\"distribution\":"
                + "{\"feedDistribution\":\"MAIN_FEED\",\"targetEntities\":[],\"thirdPartyDistributionChannels\":[]},"
                + "\"lifecycleState\":\"PUBLISHED\",\"content\":" + content + "}", "Authorization", "Bearer " + token,
                "LinkedIn-Version", VERSION, "X-Restli-Protocol-Version", "2.0.0");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
    }

    @Test
    void theFeedShowsUploadedImagesAGridAndALinkCardThatChromiumDecodes() throws IOException {
        signInAsGrace();
        browser.findElement(By.id("allow")).click();
        String token = Http.json(Http.postForm(fake.url(LinkedInEndpoint.TOKEN), Http.fields("grant_type",
                "authorization_code", "code", landedQuery().get("code"), "redirect_uri", redirectUri, "client_id",
                Flow.CLIENT_ID, "client_secret", Flow.SECRET))).get("access_token").asText();
        String single = upload(token, image("png", 320, 200, java.awt.Color.ORANGE));
        String first = upload(token, image("png", 120, 120, java.awt.Color.RED));
        String second = upload(token, image("gif", 120, 120, java.awt.Color.GREEN));
        String third = upload(token, image("png", 120, 120, java.awt.Color.BLUE));
        String thumbnail = upload(token, image("png", 400, 210, java.awt.Color.MAGENTA));
        post(token, "One picture", "{\"media\":{\"id\":\"" + single + "\",\"altText\":\"An orange field\"}}");
        post(token, "Three pictures", "{\"multiImage\":{\"images\":[{\"id\":\"" + first + "\",\"altText\":\"Red\"},"
                + "{\"id\":\"" + second + "\",\"altText\":\"Green GIF\"},{\"id\":\"" + third + "\",\"altText\":\"Blue\"}]}}");
        post(token, "A link", "{\"article\":{\"source\":\"https://example.com/story\",\"title\":\"A story\","
                + "\"description\":\"Worth reading\",\"thumbnail\":\"" + thumbnail + "\"}}");

        browser.get(fake.baseUrl() + "/__fake/feed");
        new WebDriverWait(browser, WAIT).until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return [...document.images].filter(i => i.classList.contains('post-image') && i.complete).length"))
                .intValue() == 5);
        Path shot = fullPageScreenshot("feed-images");
        browser.manage().window().setSize(new Dimension(1280, 900));

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> images = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('img.post-image')].map(i => ({alt: i.alt, urn: i.dataset.urn,"
                        + " width: i.naturalWidth, height: i.naturalHeight, grid: !!i.closest('.post-grid'),"
                        + " card: !!i.closest('.link-card')}))");
        assertThat(images).hasSize(5);
        assertThat(images).allSatisfy(i -> assertThat(((Number) i.get("width")).intValue()).as("decoded: " + i).isPositive());
        assertThat(images).anySatisfy(i -> {
            assertThat(i).containsEntry("urn", single).containsEntry("alt", "An orange field").containsEntry("grid", false);
            assertThat(((Number) i.get("width")).intValue()).isEqualTo(320);
        });
        assertThat(images.stream().filter(i -> Boolean.TRUE.equals(i.get("grid"))).map(i -> i.get("alt")))
                .containsExactlyInAnyOrder("Red", "Green GIF", "Blue");
        assertThat(images).anySatisfy(i -> assertThat(i).containsEntry("urn", thumbnail).containsEntry("card", true));
        assertThat(browser.findElement(By.cssSelector(".link-card")).getText()).contains("A story", "Worth reading");
        assertThat(shot).isNotEmptyFile();
    }
}
