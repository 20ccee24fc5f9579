package dev.linkedinoauth.core;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * LinkedIn's Images API, for images in posts: {@code POST /rest/images?action=initializeUpload} (owner: the
 * member, or the organization the post is for), the binary {@code PUT} to the returned one-time upload URL,
 * then {@code GET /rest/images/{urn}} until the image is {@code AVAILABLE}, within a bounded wait.
 * {@link #upload(String, String, Path)} does all three; {@link LinkedInPosts} calls it for a post's image files.
 *
 * <p>Each upload URL is used once. When the {@code PUT} fails (any non-2xx, or no answer) or the URL has expired,
 * the upload starts again with a new {@code initializeUpload} (a new URN), up to {@code attempts} times. A 403
 * on the status read means the token may not read image status (reported for {@code w_member_social}-only
 * tokens), not that the image failed: the upload then counts as done, as LinkedIn's own partners post right
 * after the {@code PUT}.
 *
 * <pre>{@code
 * LinkedInImages images = LinkedInImages.builder(http).endpoints(LinkedInEndpoints.forBaseUrl(fakeBase)).build();
 * ImageStatus cat = images.upload(token, "urn:li:person:AbC12dEf3G", Path.of("cat.png"));   // cat.urn()
 * }</pre>
 */
public final class LinkedInImages {
    static final String INITIALIZE = "Starting the image upload";
    static final String STATUS = "Reading the image status";

    private final LinkedInHttp http;
    private final LinkedInEndpoints endpoints;
    private final LinkedInVersion version;
    private final Clock clock;
    private final Duration statusWait;
    private final Duration pollInterval;
    private final int attempts;
    private final UploadProgress progress;

    private LinkedInImages(Builder b) {
        this.http = b.http;
        this.endpoints = b.endpoints;
        this.version = b.version != null ? b.version : LinkedInVersion.recommended(b.clock);
        this.clock = b.clock;
        this.statusWait = b.statusWait;
        this.pollInterval = b.pollInterval;
        this.attempts = b.attempts;
        this.progress = b.progress;
    }

    public static Builder builder(LinkedInHttp http) {
        return new Builder(http);
    }

    /** The {@code LinkedIn-Version} sent. */
    public LinkedInVersion linkedInVersion() {
        return version;
    }

    /**
     * Checks the file, uploads it for {@code owner} and waits until LinkedIn has processed it.
     *
     * @param owner {@code urn:li:person:ID} (the token's member) or {@code urn:li:organization:ID}
     * @return the image, {@code AVAILABLE}, or {@code NOT_VISIBLE} when the token may not read its status
     * @throws ImageException for a file LinkedIn would refuse (before any request), an upload refused on every
     *         attempt, {@code PROCESSING_FAILED}, or still processing when the wait ran out
     * @throws LinkedInApiException when LinkedIn refuses {@code initializeUpload} (e.g. 403 without
     *         {@code w_member_social} or for another member as owner) or the status read (other than 403)
     */
    public ImageStatus upload(String accessToken, String owner, Path file) {
        ImageFile checked = ImageFile.check(file);
        return awaitAvailable(accessToken, putWithFreshStarts(accessToken, owner, checked));
    }

    /** Uploads, starting again with a new {@code initializeUpload} after a failed or expired upload URL. */
    String putWithFreshStarts(String accessToken, String owner, ImageFile file) {
        ImageException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            ImageUpload upload = initializeUpload(accessToken, owner);
            try {
                put(accessToken, upload, file);
                return upload.image();
            } catch (ImageException e) {
                last = e;
            } catch (LinkedInConnectionException e) {
                last = new ImageException(ImageException.Kind.UPLOAD_FAILED, "Uploading " + file.path() + " failed: "
                        + e.getMessage() + ". What to do: check the network and try again", e);
            }
        }
        throw new ImageException(last.kind(), last.status(), last.getMessage() + " (" + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + ", each with a new upload URL)");
    }

    /**
     * {@code POST /rest/images?action=initializeUpload} for {@code owner}.
     *
     * @throws LinkedInApiException when LinkedIn refuses it (403: no {@code w_member_social}, or an owner that
     *         is not the token's member; 422: an owner that is not a person or organization URN; 426: version)
     */
    public ImageUpload initializeUpload(String accessToken, String owner) {
        Objects.requireNonNull(accessToken, "accessToken");
        HttpResult result = http.postJson(initializeUri(), accessToken, headers(true), PostBodies.compact(initializeBody(owner)));
        if (!result.isSuccess()) {
            LinkedInApiException error = ApiErrors.from(INITIALIZE, result, ApiErrors.Call.API);
            String advice = ImageAnswers.advice(error.kind(), owner, version);
            throw advice == null ? error : error.withAdvice(advice);
        }
        return ImageAnswers.upload(result);
    }

    /**
     * {@code PUT}s the file to the upload URL, once. Any 2xx is success (LinkedIn answers 201; some code expects 200).
     *
     * @throws ImageException {@code UPLOAD_FAILED} for any other answer or an expired URL: start again with
     *         {@link #initializeUpload}, never with the same URL
     */
    public void put(String accessToken, ImageUpload upload, ImageFile file) {
        if (clock.instant().isAfter(upload.expiresAt())) {
            throw new ImageException(ImageException.Kind.UPLOAD_FAILED, "The upload URL for " + upload.image()
                    + " expired at " + upload.expiresAt() + ". What to do: start again with a new initializeUpload");
        }
        HttpResult result = http.putFile(upload.uploadUrl(), accessToken, file.path(), file.format().mediaType(), progress);
        if (!result.isSuccess()) {
            throw new ImageException(ImageException.Kind.UPLOAD_FAILED, result.status(), "Uploading " + file.path()
                    + " to " + upload.shownUrl() + " failed: LinkedIn answered HTTP " + result.status()
                    + " (an upload URL works once, before it expires). What to do: start again with a new initializeUpload;"
                    + (result.status() >= 500 ? " LinkedIn is failing, try again later if it persists" : " check the file"));
        }
    }

    /**
     * {@code GET /rest/images/{urn}} (the URN URL-encoded, as Rest.li 2.0 wants).
     *
     * @return the status; {@code NOT_VISIBLE} for a 403 (the token may not read image status)
     * @throws LinkedInApiException for any other refusal (404: unknown, or another owner's)
     */
    public ImageStatus status(String accessToken, String imageUrn) {
        Objects.requireNonNull(imageUrn, "imageUrn");
        HttpResult result = http.get(statusUri(imageUrn), accessToken, headers(false));
        if (result.status() == 403) {
            return new ImageStatus(imageUrn, ImageStatus.State.NOT_VISIBLE, null, null);
        }
        if (!result.isSuccess()) {
            throw ApiErrors.from(STATUS, result, ApiErrors.Call.API);
        }
        return ImageAnswers.status(imageUrn, result);
    }

    /**
     * Reads the status every {@code pollInterval} until {@code AVAILABLE} or {@code NOT_VISIBLE}, at most
     * {@code statusWait / pollInterval} more times after the first read.
     *
     * @throws ImageException {@code PROCESSING_FAILED}, or {@code STILL_PROCESSING} when the wait ran out
     */
    public ImageStatus awaitAvailable(String accessToken, String imageUrn) {
        long polls = Math.max(1, statusWait.toMillis() / Math.max(1, pollInterval.toMillis()));
        ImageStatus status = status(accessToken, imageUrn);
        for (long i = 0; ; i++) {
            switch (status.state()) {
                case AVAILABLE, NOT_VISIBLE:
                    return status;
                case PROCESSING_FAILED:
                    throw new ImageException(ImageException.Kind.PROCESSING_FAILED, "LinkedIn could not process the image "
                            + imageUrn + " (status PROCESSING_FAILED). What to do: check it is a JPG, PNG or GIF under "
                            + ImageFile.MAX_PIXELS + " pixels (a GIF at most " + ImageFile.MAX_GIF_FRAMES
                            + " frames) and upload it again");
                default:
                    break;
            }
            if (i >= polls) {
                throw new ImageException(ImageException.Kind.STILL_PROCESSING, "The image " + imageUrn + " is still "
                        + status.state() + " after " + Durations.human(statusWait) + ". What to do: post it later by its URN"
                        + " (PostImage.uploaded), or wait longer (statusWait)");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImageException(ImageException.Kind.STILL_PROCESSING, "Waiting for the image " + imageUrn
                        + " was interrupted while it was " + status.state());
            }
            status = status(accessToken, imageUrn);
        }
    }

    /** The requests of one upload, for a dry run: initializeUpload and the PUT (its URL comes from the answer). */
    List<PostRequest> preview(String accessToken, String owner, ImageFile file, int number) {
        List<PostRequest> requests = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Masking.mask(accessToken));
        headers.putAll(headers(true));
        requests.add(new PostRequest("POST", initializeUri(), headers, PostBodies.pretty(initializeBody(owner))));
        Map<String, String> put = new LinkedHashMap<>();
        put.put("Authorization", "Bearer " + Masking.mask(accessToken));
        put.put("Content-Type", file.format().mediaType());
        put.put("Content-Length", Long.toString(file.bytes()));
        requests.add(new PostRequest("PUT", URI.create("https://upload.invalid/value.uploadUrl-of-answer-" + number),
                put, "<" + file.bytes() + " bytes of " + file.path() + ", " + file.format() + " " + file.width() + "x"
                        + file.height() + ">"));
        return requests;
    }

    private URI initializeUri() {
        return URI.create(endpoints.restBase().toString().replaceAll("/+$", "") + "/images?action=initializeUpload");
    }

    private URI statusUri(String imageUrn) {
        return URI.create(endpoints.restBase().toString().replaceAll("/+$", "") + "/images/"
                + URLEncoder.encode(imageUrn, StandardCharsets.UTF_8));
    }

    private Map<String, String> headers(boolean json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("LinkedIn-Version", version.value());
        headers.put("X-Restli-Protocol-Version", "2.0.0");
        if (json) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    private static ObjectNode initializeBody(String owner) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("initializeUploadRequest").put("owner", Objects.requireNonNull(owner, "owner"));
        return body;
    }

    /**
     * Builds {@link LinkedInImages}. Defaults: production endpoints, the default {@code LinkedIn-Version}, wait
     * up to 30 s for processing, polling every second, 2 attempts per image, no progress.
     *
     * <pre>{@code
     * LinkedInImages images = LinkedInImages.builder(http).statusWait(Duration.ofMinutes(1))
     *         .progress((file, sent, total) -> System.err.println(sent + "/" + total)).build();
     * }</pre>
     */
    public static final class Builder {
        private final LinkedInHttp http;
        private LinkedInEndpoints endpoints = LinkedInEndpoints.production();
        private LinkedInVersion version;
        private Clock clock = Clock.systemUTC();
        private Duration statusWait = Duration.ofSeconds(30);
        private Duration pollInterval = Duration.ofSeconds(1);
        private int attempts = 2;
        private UploadProgress progress = UploadProgress.NONE;

        private Builder(LinkedInHttp http) {
            this.http = Objects.requireNonNull(http, "http");
        }

        public Builder endpoints(LinkedInEndpoints value) {
            this.endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        /** Pins {@code LinkedIn-Version}; null restores the sliding default. */
        public Builder linkedInVersion(LinkedInVersion value) {
            this.version = value;
            return this;
        }

        /** The clock for the default version and for the upload URL's expiry. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How long to wait for {@code AVAILABLE} after the upload (LinkedIn's processing time is not documented). */
        public Builder statusWait(Duration value) {
            this.statusWait = nonNegative(value, "statusWait");
            return this;
        }

        public Builder pollInterval(Duration value) {
            this.pollInterval = nonNegative(value, "pollInterval");
            return this;
        }

        /** How many fresh uploads (each with a new initializeUpload) to try per image; at least 1. */
        public Builder attempts(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("attempts must be at least 1");
            }
            this.attempts = value;
            return this;
        }

        public Builder progress(UploadProgress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public LinkedInImages build() {
            return new LinkedInImages(this);
        }

        private static Duration nonNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return value;
        }
    }
}
