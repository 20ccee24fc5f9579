package dev.linkedinoauth.fake;

import java.time.Instant;

/**
 * A post the fake accepted, kept as received so that a test can check what its code posted.
 *
 * <pre>{@code
 * ReceivedPost post = fake.posts().get(0);
 * assertThat(post.commentary()).isEqualTo("Hello from the API");
 * }</pre>
 *
 * @param urn        the URN the fake answered with, {@code urn:li:share:…}
 * @param api        {@code /rest/posts} or {@code /v2/ugcPosts}
 * @param clientId   the app whose token posted it
 * @param author     the author URN, {@code urn:li:person:…}
 * @param commentary the text (for UGC posts, {@code shareCommentary.text})
 * @param visibility the visibility as sent: a string for /rest/posts, the MemberNetworkVisibility value for UGC
 * @param rawJson    the request body as received
 * @param receivedAt when the fake accepted it, on its own clock
 */
public record ReceivedPost(String urn, String api, String clientId, String author, String commentary, String visibility,
                           String rawJson, Instant receivedAt) {
}
