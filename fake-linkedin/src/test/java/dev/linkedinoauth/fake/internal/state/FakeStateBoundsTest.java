package dev.linkedinoauth.fake.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.ReceivedPost;
import java.time.Duration;
import java.time.Instant;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the fake keeps is bounded in count and bytes, and what has ended is forgotten on the fake's clock. */
class FakeStateBoundsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final FakeState state = new FakeState();

    private static IssuedToken token(String value, Instant createdAt, Duration lifetime) {
        return new IssuedToken(value, "app", null, new TreeSet<>(), createdAt, createdAt, createdAt.plus(lifetime), "2L", null);
    }

    @Test
    void accessTokensBeyondTheCapForgetTheOldestFirst() {
        for (int i = 0; i < FakeState.MAX_ACCESS_TOKENS + 2_000; i++) {
            state.putAccessToken(token("t" + i, T0, Duration.ofMinutes(30)));
        }

        assertThat(state.accessTokenCount()).isEqualTo(FakeState.MAX_ACCESS_TOKENS);
        assertThat(state.accessToken("t0")).isEmpty();
        assertThat(state.accessToken("t1999")).isEmpty();
        assertThat(state.accessToken("t2000")).isPresent();
        assertThat(state.newestAccessTokens(2)).extracting(IssuedToken::value)
                .containsExactly("t" + (FakeState.MAX_ACCESS_TOKENS + 1_999), "t" + (FakeState.MAX_ACCESS_TOKENS + 1_998));
        assertThat(state.evicted()).isEqualTo(2_000);
    }

    @Test
    void anExpiredTokenIsKeptThirtyDaysThenForgotten() {
        state.putAccessToken(token("old", T0, Duration.ofMinutes(30)));
        Instant expiry = T0.plus(Duration.ofMinutes(30));

        state.putAccessToken(token("a", expiry.plus(Duration.ofDays(29)), Duration.ofMinutes(30)));
        boolean keptWhileRecent = state.accessToken("old").isPresent();
        state.putAccessToken(token("b", expiry.plus(Duration.ofDays(30)).plusSeconds(1), Duration.ofMinutes(30)));

        assertThat(keptWhileRecent).isTrue();
        assertThat(state.accessToken("old")).isEmpty();
        assertThat(state.accessToken("a")).isPresent();
    }

    @Test
    void aRevokedTokenIsForgottenThirtyDaysAfterItsRevocation() {
        state.putAccessToken(token("revoked", T0, Duration.ofDays(60)));
        state.putAccessToken(token("live", T0, Duration.ofDays(60)));
        state.revokeAccessToken("revoked", T0.plus(Duration.ofDays(1)));

        state.putAccessToken(token("later", T0.plus(Duration.ofDays(31)).plusSeconds(1), Duration.ofDays(60)));

        assertThat(state.accessToken("revoked")).isEmpty();
        assertThat(state.accessToken("live")).isPresent();
    }

    @Test
    void refreshTokensAreCappedAndPruned() {
        for (int i = 0; i < FakeState.MAX_REFRESH_TOKENS + 10; i++) {
            state.putRefreshToken(new RefreshGrant("r" + i, "app", "m", new TreeSet<>(), T0, T0, T0.plus(Duration.ofDays(365)), null));
        }
        assertThat(state.refreshTokenCount()).isEqualTo(FakeState.MAX_REFRESH_TOKENS);

        state.putRefreshToken(new RefreshGrant("new", "app", "m", new TreeSet<>(), T0, T0.plus(Duration.ofDays(396)),
                T0.plus(Duration.ofDays(761)), null));

        assertThat(state.refreshTokenCount()).isEqualTo(1);
    }

    @Test
    void codesAreCapped() {
        for (int i = 0; i < FakeState.MAX_CODES + 5; i++) {
            state.putCode(new AuthorizationCode("c" + i, "app", "http://localhost/cb", "m", new TreeSet<>(), T0, T0, false));
        }

        assertThat(state.codeCount()).isEqualTo(FakeState.MAX_CODES);
        assertThat(state.code("c0")).isEmpty();
    }

    @Test
    void grantsAreCapped() {
        for (int i = 0; i < FakeState.MAX_GRANTS + 5; i++) {
            state.grant("member" + i, "app", new TreeSet<>(), T0);
        }

        assertThat(state.grantCount()).isEqualTo(FakeState.MAX_GRANTS);
    }

    @Test
    void postsAreBoundedInBytesAsWellAsCount() {
        String mebibyte = "x".repeat(1 << 20);
        for (int i = 0; i < 40; i++) {
            state.addPost(new ReceivedPost("urn:li:share:" + i, "/rest/posts", "app", "urn:li:person:m", "text " + i, "PUBLIC",
                    mebibyte, T0));
        }

        // Two bytes a character: 16 MiB holds seven posts of a mebibyte of JSON each.
        assertThat(state.postCount()).isEqualTo(7);
        assertThat(state.newestPosts(1)).extracting(ReceivedPost::urn).containsExactly("urn:li:share:39");
        for (int i = 0; i < FakeState.MAX_POSTS + 10; i++) {
            state.addPost(new ReceivedPost("urn:li:share:s" + i, "/rest/posts", "app", "urn:li:person:m", "t" + i, "PUBLIC",
                    "{}", T0));
        }
        assertThat(state.postCount()).isEqualTo(FakeState.MAX_POSTS);
    }

    @Test
    void imagesAreBoundedInCountAndBytesAndTheirEvictionsCounted() {
        ImageStore images = state.images();
        byte[] fourMebibytes = new byte[4 << 20];
        for (int i = 0; i < 20; i++) {
            StoredImage image = images.initialize("urn:li:person:m", "app", T0);
            assertThat(images.put(image.id(), image.uploadToken(), fourMebibytes, T0, Duration.ZERO, false))
                    .isEqualTo(ImageStore.PutResult.STORED);
        }
        assertThat(images.totalBytes()).isLessThanOrEqualTo(ImageStore.MAX_TOTAL_BYTES);
        assertThat(images.all()).hasSize((int) (ImageStore.MAX_TOTAL_BYTES / fourMebibytes.length));
        long byBytes = images.evicted();
        assertThat(byBytes).isEqualTo(20 - images.all().size());

        for (int i = 0; i < ImageStore.MAX_IMAGES + 10; i++) {
            images.initialize("urn:li:person:m", "app", T0);
        }
        assertThat(images.all()).hasSize(ImageStore.MAX_IMAGES);
        assertThat(images.evicted()).isGreaterThan(byBytes + 9);
        assertThat(state.evicted()).isEqualTo(images.evicted());
    }

    /** The image being uploaded makes room from the others: it is never among what its own upload evicts. */
    @Test
    void anUploadThatNeedsRoomKeepsItsOwnImage() {
        ImageStore images = state.images();
        byte[] sixteenMebibytes = new byte[ImageStore.MAX_UPLOAD_BYTES];
        StoredImage oldest = images.initialize("urn:li:person:m", "app", T0); // initialised first, uploaded last
        for (int i = 0; i < ImageStore.MAX_TOTAL_BYTES / sixteenMebibytes.length; i++) {
            StoredImage image = images.initialize("urn:li:person:m", "app", T0);
            images.put(image.id(), image.uploadToken(), sixteenMebibytes, T0, Duration.ZERO, false);
        }
        assertThat(images.evicted()).isZero();

        assertThat(images.put(oldest.id(), oldest.uploadToken(), sixteenMebibytes, T0, Duration.ZERO, false))
                .isEqualTo(ImageStore.PutResult.STORED);

        assertThat(images.evicted()).isEqualTo(1); // the oldest uploaded one, not the image being uploaded
        assertThat(images.all().get(0).id()).isEqualTo(oldest.id()); // still in its place, oldest first
        assertThat(images.totalBytes()).isEqualTo(ImageStore.MAX_TOTAL_BYTES);
    }
}
