package dev.linkedinoauth.core;

/**
 * Which of LinkedIn's two posting APIs {@link LinkedInPosts} uses; a {@link PublishedPost} says which one took it.
 * (A file of its own, not nested in LinkedInPosts: PublishedPost names it, and LinkedInPosts returns PublishedPost.)
 *
 * <pre>{@code
 * LinkedInPosts legacy = LinkedInPosts.builder(http).api(PostingApi.UGC_POSTS).build();
 * }</pre>
 */
public enum PostingApi {
    /** {@code POST /rest/posts}: current, versioned; the commentary is little text. */
    POSTS,
    /**
     * {@code POST /v2/ugcPosts}: legacy, unversioned. Its share text is plain text, not little text (posts
     * that LinkedIn cuts on {@code /rest/posts} arrive whole here), so it is sent as written, never escaped.
     */
    UGC_POSTS
}
