package dev.linkedinoauth.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.linkedinoauth.fake.FakeLinkedIn;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.ReceivedArticle;
import dev.linkedinoauth.fake.model.ReceivedImage;
import dev.linkedinoauth.fake.model.ReceivedMedia;
import dev.linkedinoauth.fake.model.ReceivedPost;
import dev.linkedinoauth.fake.model.RecordedRequest;

/** Posts with images and links against the fake: uploads, statuses and every refusal, by its real condition. */
@Timeout(60)
class ImagesTest {
    private static final URI REDIRECT = URI.create("http://localhost:3000/callback");
    private static final String PERSON = "urn:li:person:" + TestSupport.MEMBER_ID;

    @TempDir
    Path dir;

    private FakeLinkedIn fake;
    private LinkedInHttp http;
    private String token;

    @BeforeEach
    void start() {
        start(c -> c);
    }

    private void start(java.util.function.UnaryOperator<dev.linkedinoauth.fake.model.FakeConfig.Builder> config) {
        if (fake != null) {
            fake.close();
        }
        fake = TestSupport.fakeFor(REDIRECT, a -> a, config);
        if (http == null) {
            http = TestSupport.quickHttp();
        }
        token = new TokenClient(http, endpoints(), TestSupport.CLIENT_ID, Secret.of(TestSupport.CLIENT_SECRET))
                .exchangeCode(TestSupport.codeFromFake(fake, REDIRECT, AuthorizationRequest.DEFAULT_SCOPES), REDIRECT).value();
    }

    @AfterEach
    void stop() {
        http.close();
        fake.close();
    }

    private LinkedInEndpoints endpoints() {
        return LinkedInEndpoints.forBaseUrl(fake.baseUrl());
    }

    private LinkedInImages.Builder images() {
        return LinkedInImages.builder(http).endpoints(endpoints()).pollInterval(Duration.ofMillis(20))
                .statusWait(Duration.ofMillis(200));
    }

    private LinkedInPosts posts() {
        return LinkedInPosts.builder(http).endpoints(endpoints()).images(images().build()).build();
    }

    private Path png(String name, int w, int h) {
        return TestImages.write(dir, name, "png", w, h);
    }

    @Test
    void aPngPostIsUploadedAvailableAndShownWithItsAltTextAndTheBytesReadBackIdentical() throws IOException {
        Path cat = png("cat.png", 64, 48);

        PublishedPost published = posts().publish(token, Post.builder("A cat").image(cat, "A blue square cat")
                .imageTitle("Cat").build());

        ReceivedPost post = fake.posts().get(0);
        assertThat(post.urn()).isEqualTo(published.urn());
        assertThat(post.contentKind()).isEqualTo("media");
        assertThat(post.mediaTitle()).isEqualTo("Cat");
        ReceivedMedia media = post.media().get(0);
        assertThat(media.altText()).isEqualTo("A blue square cat");
        ReceivedImage image = fake.image(media.image()).orElseThrow();
        assertThat(image.owner()).isEqualTo(PERSON);
        assertThat(image.status()).isEqualTo("AVAILABLE");
        assertThat(image.mediaType()).isEqualTo("image/png");
        assertThat(image.bytes()).isEqualTo(Files.readAllBytes(cat));
    }

    @Test
    void aGifIsUploadedAsAGif() throws IOException {
        Path gif = TestImages.write(dir, "anim.gif", "gif", 20, 10);

        posts().publish(token, Post.builder("A GIF").image(gif, null).build());

        ReceivedImage image = fake.images().get(0);
        assertThat(image.mediaType()).isEqualTo("image/gif");
        assertThat(image.width()).isEqualTo(20);
        assertThat(image.bytes()).isEqualTo(Files.readAllBytes(gif));
        RecordedRequest put = fake.verify(dev.linkedinoauth.fake.model.RequestPattern.to(LinkedInEndpoint.IMAGE_UPLOAD));
        assertThat(put.method()).isEqualTo("PUT");
        assertThat(put.header("Content-Type")).startsWith("image/gif");
    }

    @Test
    void threeImagesMakeAMultiImagePostInOrderWithEachAltText() throws IOException {
        List<Path> files = List.of(png("1.png", 10, 10), TestImages.write(dir, "2.jpg", "jpg", 30, 20), png("3.png", 5, 9));

        posts().publish(token, Post.builder("Three").image(files.get(0), "one").image(files.get(1), "two")
                .image(files.get(2), "three").build());

        ReceivedPost post = fake.posts().get(0);
        assertThat(post.contentKind()).isEqualTo("multiImage");
        assertThat(post.media()).extracting(ReceivedMedia::altText).containsExactly("one", "two", "three");
        for (int i = 0; i < 3; i++) {
            assertThat(fake.image(post.media().get(i).image()).orElseThrow().bytes()).isEqualTo(Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void aLinkWithAThumbnailIsAnArticleCard() {
        Path thumb = png("thumb.png", 120, 63);

        posts().publish(token, Post.builder("Read this").article(new PostContent.Article(
                URI.create("https://example.com/post"), "A title", "A description", PostImage.file(thumb, "Thumb"))).build());

        ReceivedArticle article = fake.posts().get(0).article().orElseThrow();
        assertThat(article).extracting(ReceivedArticle::source, ReceivedArticle::title, ReceivedArticle::description,
                ReceivedArticle::thumbnailAltText).containsExactly("https://example.com/post", "A title", "A description", "Thumb");
        assertThat(fake.image(article.thumbnail()).orElseThrow().status()).isEqualTo("AVAILABLE");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedBeforeAnyRequest() throws IOException {
        Path text = Files.writeString(dir.resolve("photo.png"), "not a picture");

        ImageException e = catchThrowableOfType(ImageException.class,
                () -> posts().publish(token, Post.builder("x").image(text, null).member(TestSupport.MEMBER_ID).build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.NOT_AN_IMAGE);
        assertThat(fake.requests()).extracting(RecordedRequest::endpoint)
                .doesNotContain(LinkedInEndpoint.IMAGES, LinkedInEndpoint.IMAGE_UPLOAD, LinkedInEndpoint.POSTS);
    }

    @Test
    void aFailedPutStartsAgainWithANewUploadAndANewUrn() {
        fake.enqueue(Outcome.status(500).on(LinkedInEndpoint.IMAGE_UPLOAD));

        posts().publish(token, Post.builder("Retry").image(png("r.png", 8, 8), null).build());

        List<ReceivedImage> images = fake.images();
        assertThat(images).extracting(ReceivedImage::status).containsExactly("WAITING_UPLOAD", "AVAILABLE");
        assertThat(fake.posts().get(0).media().get(0).image()).isEqualTo(images.get(1).urn());
    }

    @Test
    void aPutFailingEveryTimeIsAnUploadFailure() {
        fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.IMAGE_UPLOAD).times(5));

        ImageException e = catchThrowableOfType(ImageException.class,
                () -> posts().publish(token, Post.builder("Fails").image(png("f.png", 8, 8), null).build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.UPLOAD_FAILED);
        assertThat(e.status()).isEqualTo(503);
        assertThat(e.getMessage()).contains("2 attempts").doesNotContain("ut=");
        assertThat(fake.posts()).isEmpty();
    }

    @Test
    void anExpiredUploadUrlIsRefusedAndTheClientSaysStartAgain() {
        LinkedInImages images = images().build();
        ImageUpload upload = images.initializeUpload(token, PERSON);
        fake.clock().advance(Duration.ofHours(2));

        // Told the upload expired (the client's clock is real time here, so the fake's 400 decides).
        ImageException e = catchThrowableOfType(ImageException.class,
                () -> images.put(token, upload, ImageFile.check(png("late.png", 4, 4))));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.UPLOAD_FAILED);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("start again");
    }

    @Test
    void aSecondPutToTheSameUrlIsRefused() {
        LinkedInImages images = images().build();
        ImageUpload upload = images.initializeUpload(token, PERSON);
        ImageFile file = ImageFile.check(png("twice.png", 4, 4));
        images.put(token, upload, file);

        assertThat(catchThrowableOfType(ImageException.class, () -> images.put(token, upload, file)).status()).isEqualTo(400);
    }

    @Test
    void anImageStillProcessingWhenTheWaitRunsOutIsReported() {
        start(c -> c.imageProcessingDelay(Duration.ofMinutes(5)));

        ImageException e = catchThrowableOfType(ImageException.class,
                () -> posts().publish(token, Post.builder("Slow").image(png("slow.png", 4, 4), null).build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.STILL_PROCESSING);
        assertThat(e.getMessage()).contains("PROCESSING");
    }

    @Test
    void postingAnImageStillProcessingIsRefusedByLinkedIn() {
        start(c -> c.imageProcessingDelay(Duration.ofMinutes(5)));
        LinkedInImages images = images().build();
        ImageUpload upload = images.initializeUpload(token, PERSON);
        images.put(token, upload, ImageFile.check(png("p.png", 4, 4)));

        ImageException e = catchThrowableOfType(ImageException.class, () -> posts().publish(token,
                Post.builder("Too early").image(PostImage.uploaded(upload.image(), null)).build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.REFUSED_IN_POST);
        assertThat(e.getMessage()).contains("not ready").contains("PROCESSING");
        fake.clock().advance(Duration.ofMinutes(6));
        assertThat(images.status(token, upload.image()).state()).isEqualTo(ImageStatus.State.AVAILABLE);
    }

    @Test
    void anUnknownImageIsRefusedInThePost() {
        ImageException e = catchThrowableOfType(ImageException.class, () -> posts().publish(token,
                Post.builder("Ghost").image(PostImage.uploaded("urn:li:image:D4E10AQnothere", null)).build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.REFUSED_IN_POST);
        assertThat(e.status()).isEqualTo(400);
    }

    @Test
    void aForbiddenStatusReadIsNotVisibleAndThePostGoesAhead() {
        start(c -> c.imageReadForbidden(true));

        posts().publish(token, Post.builder("Cannot see").image(png("n.png", 4, 4), null).build());

        assertThat(fake.posts()).hasSize(1);
        assertThat(images().build().status(token, fake.images().get(0).urn()).state()).isEqualTo(ImageStatus.State.NOT_VISIBLE);
    }

    @Test
    void aScriptedProcessingFailureOfAGoodPngStopsThePostWithProcessingFailed() {
        fake.enqueue(Outcome.processingFailed());

        ImageException e = catchThrowableOfType(ImageException.class,
                () -> posts().publish(token, Post.builder("Fails later").image(png("p.png", 8, 8), "Alt").build()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.PROCESSING_FAILED);
        assertThat(fake.images()).extracting(ReceivedImage::status).containsExactly("PROCESSING_FAILED");
        assertThat(fake.posts()).isEmpty();
    }

    @Test
    void processingFailedIsReportedAsSuch() throws IOException {
        LinkedInImages images = images().build();
        ImageUpload upload = images.initializeUpload(token, PERSON);
        // The client refuses such a file itself; sent directly, the fake's processing fails as LinkedIn's would.
        HttpResult put = http.putFile(upload.uploadUrl(), null, Files.writeString(dir.resolve("x.bin"), "text"),
                "application/octet-stream", UploadProgress.NONE);
        assertThat(put.status()).isEqualTo(201);

        ImageException e = catchThrowableOfType(ImageException.class, () -> images.awaitAvailable(token, upload.image()));

        assertThat(e.kind()).isEqualTo(ImageException.Kind.PROCESSING_FAILED);
    }

    @Test
    void progressIsToldAsTheBytesGoOut() {
        List<long[]> seen = new CopyOnWriteArrayList<>();
        Path big = TestImages.write(dir, "big.png", "png", 800, 600);
        LinkedInImages images = images().progress((file, sent, total) -> seen.add(new long[] {sent, total})).build();

        images.upload(token, PERSON, big);

        assertThat(seen).isNotEmpty();
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(big.toFile().length());
    }

    @Test
    void aDryRunListsEveryRequestAndSendsNothing() {
        List<Path> files = new ArrayList<>(List.of(png("a.png", 4, 4), png("b.png", 4, 4)));

        List<PostRequest> requests = posts().previewAll(token, Post.builder("Dry").image(files.get(0), "a")
                .image(files.get(1), "b").member(TestSupport.MEMBER_ID).build());

        assertThat(requests).extracting(PostRequest::method).containsExactly("POST", "PUT", "POST", "PUT", "POST");
        assertThat(requests.get(4).body()).contains("urn:li:image:{upload 1}").contains("urn:li:image:{upload 2}");
        assertThat(requests.toString()).doesNotContain(token);
        assertThat(fake.requests()).extracting(RecordedRequest::endpoint)
                .doesNotContain(LinkedInEndpoint.IMAGES, LinkedInEndpoint.IMAGE_UPLOAD, LinkedInEndpoint.POSTS);
        assertThat(fake.images()).isEmpty();
    }

    @Test
    void initializeUploadForAnotherMemberIsRefused() {
        LinkedInApiException e = catchThrowableOfType(LinkedInApiException.class,
                () -> images().build().initializeUpload(token, "urn:li:person:SomeoneElse"));

        assertThat(e.status()).isEqualTo(403);
        assertThat(e.kind()).isEqualTo(LinkedInApiException.Kind.ACCESS_DENIED);
        assertThat(e.getMessage()).contains("owner");
    }
}
