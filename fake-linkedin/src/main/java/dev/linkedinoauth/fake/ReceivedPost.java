package dev.linkedinoauth.fake;

import java.time.Instant;

/**
 * A post the fake accepted, kept as received so that it can be shown and inspected.
 *
 * @param api        {@code /rest/posts} or {@code /v2/ugcPosts}
 * @param visibility the visibility as sent: a string for /rest/posts, the MemberNetworkVisibility value for UGC
 */
record ReceivedPost(String urn, String api, String clientId, String author, String commentary, String visibility,
                    String rawJson, Instant receivedAt) {
}
