package dev.linkedinoauth.fake.model;

import dev.linkedinoauth.fake.internal.text.LittleTextReader;
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
 * @param commentary the text exactly as received (for UGC posts, {@code shareCommentary.text}); what LinkedIn
 *                   keeps and shows of it is {@link #keptCommentary()} and {@link #shownText()}
 * @param visibility the visibility as sent: a string for /rest/posts, the MemberNetworkVisibility value for UGC
 * @param rawJson    the request body as received
 * @param receivedAt when the fake accepted it, on its own clock
 */
public record ReceivedPost(String urn, String api, String clientId, String author, String commentary, String visibility,
                           String rawJson, Instant receivedAt) {

    /**
     * The text as LinkedIn's feed shows it. For {@code /rest/posts} the commentary is little text: escapes
     * resolved, mentions shown as their names, and cut at the first unescaped reserved character, as LinkedIn
     * silently does. For {@code /v2/ugcPosts} the text is plain and shown as sent.
     */
    public String shownText() {
        return reading().shownText();
    }

    /** What LinkedIn keeps of the commentary: all of it, unless an unescaped reserved character cut it there. */
    public String keptCommentary() {
        return reading().kept();
    }

    /** True when LinkedIn would have cut the text at an unescaped reserved character (see {@link #shownText()}). */
    public boolean truncated() {
        return reading().truncated();
    }

    private LittleTextReader.Reading reading() {
        return LittleTextReader.of(api, commentary);
    }
}
