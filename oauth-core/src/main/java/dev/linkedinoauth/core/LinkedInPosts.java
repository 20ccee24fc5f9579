package dev.linkedinoauth.core;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes posts with a member access token: {@code POST /rest/posts} (the Posts API, with
 * {@code LinkedIn-Version} and {@code X-Restli-Protocol-Version: 2.0.0}) or, as an option, the legacy
 * {@code POST /v2/ugcPosts}. The post's URN comes from the {@code x-restli-id} header of the 201 answer.
 * Needs the {@code w_member_social} scope (product "Share on LinkedIn"); posting as an organization needs
 * {@code w_organization_social} and a role on its page. A post with image files ({@link PostContent}) checks
 * every file first, then uploads each through {@link LinkedInImages} (owner: the post's author) and waits
 * until it is available, then posts; images and links need the Posts API.
 *
 * <pre>{@code
 * LinkedInPosts posts = LinkedInPosts.builder(http).endpoints(LinkedInEndpoints.production()).build();
 * PublishedPost post = posts.publish(accessToken, Post.of("Hello LinkedIn API :-)"));
 * }</pre>
 */
public final class LinkedInPosts {
    static final String OPERATION = "Publishing the post";

    private final LinkedInHttp http;
    private final LinkedInEndpoints endpoints;
    private final LinkedInVersion version;
    private final PostingApi api;
    private final LinkedInImages images;

    private LinkedInPosts(Builder b) {
        this.http = b.http;
        this.endpoints = b.endpoints;
        this.version = b.version != null ? b.version : LinkedInVersion.recommended(b.clock);
        this.api = b.api;
        this.images = b.images != null ? b.images
                : LinkedInImages.builder(http).endpoints(endpoints).linkedInVersion(version).clock(b.clock)
                        .progress(b.progress).build();
    }

    public static Builder builder(LinkedInHttp http) {
        return new Builder(http);
    }

    /** The {@code LinkedIn-Version} sent to the Posts API. */
    public LinkedInVersion linkedInVersion() {
        return version;
    }

    public PostingApi api() {
        return api;
    }

    /**
     * Publishes the post. Without an author in {@code post}, the author is the token's member, read from
     * {@code /v2/userinfo} (needs {@code openid profile}); pass one to save that call.
     *
     * @throws LinkedInApiException with {@link LinkedInApiException#kind()} {@code TOKEN_EXPIRED},
     *         {@code TOKEN_REVOKED}, {@code TOKEN_INVALID} (401), {@code ACCESS_DENIED} (403: no
     *         {@code w_member_social}, or an author the token may not post for), {@code DUPLICATE_POST} (422),
     *         {@code VERSION_NOT_ACTIVE} (426), {@code RATE_LIMITED} (429), ...
     * @throws ImageException for an image file LinkedIn would refuse (before any request), a failed upload or
     *         processing, or a post LinkedIn refuses for its images (400: unknown, not the author's, not available)
     * @throws ConfigurationException for images or a link with the UGC API (before any request)
     */
    public PublishedPost publish(String accessToken, Post post) {
        Objects.requireNonNull(accessToken, "accessToken");
        List<ImageFile> files = checkFiles(post);
        Prepared prepared = prepare(accessToken, post);
        if (post.content() != null) {
            List<String> urns = new ArrayList<>();
            List<PostImage> postImages = post.content().images();
            for (int i = 0; i < postImages.size(); i++) {
                PostImage image = postImages.get(i);
                if (image.urn() != null) {
                    urns.add(image.urn());
                } else {
                    String urn = images.putWithFreshStarts(accessToken, prepared.author(), files.get(i));
                    urns.add(images.awaitAvailable(accessToken, urn).urn());
                }
            }
            PostBodies.withContent(prepared.body(), post.content(), urns);
        }
        HttpResult result = http.postJson(prepared.uri(), accessToken, prepared.headers(), PostBodies.compact(prepared.body()));
        if (result.status() == 400 && post.content() != null && !post.content().images().isEmpty()) {
            LinkedInApiException error = ApiErrors.from(OPERATION, result, ApiErrors.Call.API);
            throw new ImageException(ImageException.Kind.REFUSED_IN_POST, 400, error.getMessage()
                    + "; LinkedIn takes images only when each is known, owned by the author (" + prepared.author()
                    + ") and AVAILABLE. What to do: upload the image again as the author, or wait until it is AVAILABLE");
        }
        if (!result.isSuccess()) {
            LinkedInApiException error = ApiErrors.from(OPERATION, result, ApiErrors.Call.API);
            String advice = advice(error.kind(), prepared.author());
            throw advice == null ? error : error.withAdvice(advice);
        }
        String urn = result.header("x-restli-id");
        if (urn == null || urn.isBlank()) {
            JsonNode body = Json.objectOrNull(result.body());
            urn = body == null ? null : Json.text(body, "id");
        }
        if (urn == null || urn.isBlank()) {
            throw ApiErrors.unreadable(OPERATION, result, "the answer has no x-restli-id header");
        }
        return new PublishedPost(urn.strip(), prepared.author(), prepared.commentary(), api);
    }

    /**
     * The request {@link #publish} would send, with the token masked; sends nothing to the posting API
     * (without an author in {@code post}, {@code /v2/userinfo} is read to find the member).
     */
    public PostRequest preview(String accessToken, Post post) {
        List<PostRequest> all = previewAll(accessToken, post);
        return all.get(all.size() - 1);
    }

    /**
     * Every request {@link #publish} would send, in order, token masked, sending and uploading nothing: for each
     * image file {@code initializeUpload} and the {@code PUT} (its URL a placeholder, as LinkedIn's answer gives
     * it), then the post, with {@code urn:li:image:{upload N}} where the uploads' URNs go. Files are checked.
     * (The status reads between upload and post are not shown.)
     */
    public List<PostRequest> previewAll(String accessToken, Post post) {
        Objects.requireNonNull(accessToken, "accessToken");
        List<ImageFile> files = checkFiles(post);
        Prepared prepared = prepare(accessToken, post);
        List<PostRequest> requests = new ArrayList<>();
        if (post.content() != null) {
            List<String> urns = new ArrayList<>();
            List<PostImage> postImages = post.content().images();
            for (int i = 0; i < postImages.size(); i++) {
                if (postImages.get(i).urn() != null) {
                    urns.add(postImages.get(i).urn());
                } else {
                    int number = requests.size() / 2 + 1;
                    requests.addAll(images.preview(accessToken, prepared.author(), files.get(i), number));
                    urns.add("urn:li:image:{upload " + number + "}");
                }
            }
            PostBodies.withContent(prepared.body(), post.content(), urns);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + Masking.mask(accessToken));
        headers.putAll(prepared.headers());
        requests.add(new PostRequest(prepared.uri(), headers, PostBodies.pretty(prepared.body())));
        return List.copyOf(requests);
    }

    /** Every file of the post checked before any request; the list follows {@link PostContent#images()}, null for URNs. */
    private List<ImageFile> checkFiles(Post post) {
        Objects.requireNonNull(post, "post");
        List<ImageFile> files = new ArrayList<>();
        if (post.content() == null) {
            return files;
        }
        if (api == PostingApi.UGC_POSTS) {
            throw new ConfigurationException("images and links need the Posts API (/rest/posts); the legacy UGC API"
                    + " here posts text only");
        }
        for (PostImage image : post.content().images()) {
            files.add(image.file() == null ? null : ImageFile.check(image.file()));
        }
        return files;
    }

    private Prepared prepare(String accessToken, Post post) {
        Objects.requireNonNull(post, "post");
        String author = post.author() != null ? post.author()
                : new MemberClient(http, endpoints).userinfo(accessToken).personUrn();
        Map<String, String> headers = new LinkedHashMap<>();
        if (api == PostingApi.POSTS) {
            headers.put("LinkedIn-Version", version.value());
        }
        headers.put("X-Restli-Protocol-Version", "2.0.0");
        headers.put("Content-Type", "application/json");
        if (api == PostingApi.POSTS) {
            String commentary = post.commentary();
            return new Prepared(uri(endpoints.restBase(), "/posts"), headers, author, commentary,
                    PostBodies.posts(author, commentary, post.visibility()));
        }
        return new Prepared(uri(endpoints.apiBase(), "/ugcPosts"), headers, author, post.text(),
                PostBodies.ugcPosts(author, post.text(), post.visibility()));
    }

    /** What to do, for the errors where posting has something specific to say. */
    private String advice(LinkedInApiException.Kind kind, String author) {
        return switch (kind) {
            case ACCESS_DENIED -> author.startsWith("urn:li:organization:")
                    ? "posting as " + author + " needs the w_organization_social scope (Community Management API)"
                            + " and an ADMINISTRATOR, DIRECT_SPONSORED_CONTENT_POSTER or CONTENT_ADMIN role on its page"
                    : "posting needs the w_member_social scope (product \"Share on LinkedIn\") and the token's own"
                            + " member as author; log in again asking for w_member_social";
            case VERSION_NOT_ACTIVE -> "LinkedIn-Version " + version + " is retired or not yet released (LinkedIn keeps"
                    + " each monthly version for about a year): choose a month from the last twelve with"
                    + " linkedInVersion(\"YYYYMM\"), or leave it unset for the default, " + LinkedInVersion.MONTHS_BEHIND
                    + " months before the current month";
            case DUPLICATE_POST -> "LinkedIn refuses a text its author has already posted";
            case RATE_LIMITED -> "\"Share on LinkedIn\" allows 150 posts per member per day, counted until 00:00 UTC";
            default -> null;
        };
    }

    private static URI uri(URI base, String path) {
        return URI.create(base.toString().replaceAll("/+$", "") + path);
    }

    /** The request before the token goes in: the same for sending and for previewing. */
    private record Prepared(URI uri, Map<String, String> headers, String author, String commentary, ObjectNode body) {
    }

    /**
     * Builds {@link LinkedInPosts}. Defaults: production endpoints, the Posts API, {@code LinkedIn-Version}
     * {@link LinkedInVersion#recommended(Clock) two months before the current month} on the system clock.
     *
     * <pre>{@code
     * LinkedInPosts posts = LinkedInPosts.builder(http).endpoints(LinkedInEndpoints.forBaseUrl(fakeBase))
     *         .linkedInVersion("202601").build();
     * }</pre>
     */
    public static final class Builder {
        private final LinkedInHttp http;
        private LinkedInEndpoints endpoints = LinkedInEndpoints.production();
        private LinkedInVersion version;
        private Clock clock = Clock.systemUTC();
        private PostingApi api = PostingApi.POSTS;
        private LinkedInImages images;
        private UploadProgress progress = UploadProgress.NONE;

        private Builder(LinkedInHttp http) {
            this.http = Objects.requireNonNull(http, "http");
        }

        public Builder endpoints(LinkedInEndpoints value) {
            this.endpoints = Objects.requireNonNull(value, "endpoints");
            return this;
        }

        /**
         * Pins {@code LinkedIn-Version} ({@code YYYYMM} or {@code YYYYMM.RR}); null restores the sliding default.
         *
         * @throws ConfigurationException when the value is not {@code YYYYMM} or {@code YYYYMM.RR}
         */
        public Builder linkedInVersion(String value) {
            this.version = value == null ? null : LinkedInVersion.of(value);
            return this;
        }

        public Builder linkedInVersion(LinkedInVersion value) {
            this.version = value;
            return this;
        }

        /** The clock the default {@code LinkedIn-Version} is computed from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder api(PostingApi value) {
            this.api = Objects.requireNonNull(value, "api");
            return this;
        }

        /**
         * The images client for a post's image files (its wait, attempts, progress); by default one with these
         * endpoints, this version and clock, and its own defaults.
         */
        public Builder images(LinkedInImages value) {
            this.images = value;
            return this;
        }

        /** Told how far each image upload has got (for the default images client; see {@link #images}). */
        public Builder uploadProgress(UploadProgress value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        public LinkedInPosts build() {
            return new LinkedInPosts(this);
        }
    }
}
