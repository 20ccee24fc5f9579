package dev.linkedinoauth.fake.internal.state;

import dev.linkedinoauth.fake.model.ReceivedPost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * All mutable state of one fake instance: codes, tokens, grants, posts, counters. Nothing is static,
 * so two fakes in one JVM never see each other's tokens; {@link #reset()} empties it all.
 */
public final class FakeState {
    /** At most this many access tokens are kept; beyond it the oldest are forgotten (and then answer 401 "invalid"). */
    public static final int MAX_ACCESS_TOKENS = 10_000;
    public static final int MAX_REFRESH_TOKENS = 10_000;
    public static final int MAX_CODES = 10_000;
    /** Consents (member and app); forgetting one only means the next sign-in asks again. */
    public static final int MAX_GRANTS = 10_000;
    public static final int MAX_PENDING_SIGN_INS = 1_000;
    public static final int MAX_POSTS = 1_000;
    /** The posts' text (body and commentary) counted as the heap holds it, two bytes a character: 16 MiB. */
    public static final long MAX_POST_BYTES = 16L << 20;
    /**
     * How long a token is remembered after it expired or was revoked: long enough that a client sees
     * LinkedIn's "expired" or "revoked" answer, then it is forgotten ("invalid").
     */
    public static final Duration TOKEN_RETENTION = Duration.ofDays(30);

    private final BoundedStore<AuthorizationCode> codes = new BoundedStore<>(MAX_CODES);
    private final BoundedStore<IssuedToken> accessTokens = new BoundedStore<>(MAX_ACCESS_TOKENS);
    private final BoundedStore<RefreshGrant> refreshTokens = new BoundedStore<>(MAX_REFRESH_TOKENS);
    private final BoundedStore<MemberGrant> grants = new BoundedStore<>(MAX_GRANTS);
    private final BoundedStore<PendingAuthorization> pending = new BoundedStore<>(MAX_PENDING_SIGN_INS);
    /** The Images API's images and bytes, bounded on their own (see {@link ImageStore}). */
    private final ImageStore images = new ImageStore();
    private final BoundedStore<ReceivedPost> posts = new BoundedStore<>(MAX_POSTS, MAX_POST_BYTES, FakeState::postBytes);
    private final Map<String, AtomicInteger> dailyPostRequests = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastCodePrune = new AtomicReference<>(Instant.EPOCH);
    private final AtomicReference<Instant> lastTokenPrune = new AtomicReference<>(Instant.EPOCH);

    /** How long a code is remembered after it was issued: its 30 minutes, then a day of answering "expired". */
    static final Duration CODE_RETENTION = AuthorizationCode.LIFETIME.plus(Duration.ofDays(1));

    void reset() {
        images.clear();
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        grants.clear();
        pending.clear();
        posts.clear();
        dailyPostRequests.clear();
        lastCodePrune.set(Instant.EPOCH);
        lastTokenPrune.set(Instant.EPOCH);
    }

    private static long postBytes(ReceivedPost post) {
        return 2L * (length(post.rawJson()) + length(post.commentary()) + length(post.author()) + length(post.visibility()))
                + 256;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }

    /** At most once a minute of fake time: the caller that wins the race does the pass. */
    private static boolean duePrune(AtomicReference<Instant> last, Instant now) {
        Instant previous = last.get();
        boolean prunedRecently = !now.isBefore(previous) && now.isBefore(previous.plus(Duration.ofMinutes(1)));
        return !prunedRecently && last.compareAndSet(previous, now);
    }

    /**
     * Forgets tokens that expired or were revoked more than {@link #TOKEN_RETENTION} ago, on the fake's
     * clock; at most one pass a minute of fake time, each pass bounded by the caps.
     */
    private void pruneTokens(Instant now) {
        if (!duePrune(lastTokenPrune, now)) {
            return;
        }
        Instant cutoff = now.minus(TOKEN_RETENTION);
        accessTokens.removeIf(token -> token.endedAt().isBefore(cutoff));
        refreshTokens.removeIf(token -> token.endedAt().isBefore(cutoff));
        pending.removeIf(p -> p.createdAt().isBefore(cutoff));
    }

    /** How many tokens, codes, posts and images the caps have pushed out since the start or the last reset. */
    public long evicted() {
        return accessTokens.evicted() + refreshTokens.evicted() + codes.evicted() + grants.evicted() + posts.evicted()
                + images.evicted();
    }

    // --- consent -------------------------------------------------------------------------------

    /**
     * Records a member's consent. Consenting to a different scope set than before invalidates every
     * earlier token of that member and app (LinkedIn's documented behaviour); the same set keeps them.
     */
    public synchronized MemberGrant grant(String memberId, String clientId, SortedSet<String> scopes, Instant now) {
        String key = memberId + "\n" + clientId;
        MemberGrant previous = grants.get(key);
        if (previous != null && previous.scopes().equals(scopes)) {
            return previous;
        }
        if (previous != null) {
            accessTokens.replaceAll(token -> memberId.equals(token.memberId())
                    && clientId.equals(token.clientId()) && !token.revoked() ? token.revoke(now) : token);
            refreshTokens.replaceAll(token -> memberId.equals(token.memberId())
                    && clientId.equals(token.clientId()) && !token.revoked() ? token.revoke(now) : token);
        }
        MemberGrant grant = new MemberGrant(memberId, clientId, scopes, now);
        grants.put(key, grant);
        return grant;
    }

    // --- codes ---------------------------------------------------------------------------------

    public void putCode(AuthorizationCode code) {
        pruneCodes(code.issuedAt());
        codes.put(code.value(), code);
    }

    /**
     * Forgets codes issued more than {@link #CODE_RETENTION} ago, so that a long-running fake does not keep
     * every code forever. Cheap: at most one pass per minute of fake time. Expired codes are kept a day
     * first, so that an exchange shortly after expiry still gets LinkedIn's "expired" answer rather than
     * "not found".
     */
    private void pruneCodes(Instant now) {
        if (!duePrune(lastCodePrune, now)) {
            return;
        }
        Instant cutoff = now.minus(CODE_RETENTION);
        codes.removeIf(code -> code.issuedAt().isBefore(cutoff));
    }

    public int codeCount() {
        return codes.size();
    }

    public Optional<AuthorizationCode> code(String value) {
        return Optional.ofNullable(codes.get(value));
    }

    /** Marks a code used; {@code true} only for the one caller that found it unused. */
    public boolean consumeCode(String value) {
        boolean[] won = new boolean[1];
        codes.computeIfPresent(value, code -> {
            won[0] = !code.used();
            return code.markUsed();
        });
        return won[0];
    }

    // --- tokens --------------------------------------------------------------------------------

    public void putAccessToken(IssuedToken token) {
        pruneTokens(token.createdAt());
        accessTokens.put(token.value(), token);
    }

    public Optional<IssuedToken> accessToken(String value) {
        return Optional.ofNullable(value == null ? null : accessTokens.get(value));
    }

    public void revokeAccessToken(String value, Instant now) {
        accessTokens.computeIfPresent(value, token -> token.revoked() ? token : token.revoke(now));
    }

    public void putRefreshToken(RefreshGrant token) {
        pruneTokens(token.issuedAt());
        refreshTokens.put(token.value(), token);
    }

    public Optional<RefreshGrant> refreshToken(String value) {
        return Optional.ofNullable(value == null ? null : refreshTokens.get(value));
    }

    public void revokeRefreshToken(String value, Instant now) {
        refreshTokens.computeIfPresent(value, token -> token.revoked() ? token : token.revoke(now));
    }

    public List<IssuedToken> accessTokens() {
        return accessTokens.values();
    }

    /** The newest {@code n} access tokens, newest first (the dashboard shows these and counts the rest). */
    public List<IssuedToken> newestAccessTokens(int n) {
        return accessTokens.newest(n);
    }

    public int accessTokenCount() {
        return accessTokens.size();
    }

    public List<RefreshGrant> refreshTokens() {
        return refreshTokens.values();
    }

    public List<RefreshGrant> newestRefreshTokens(int n) {
        return refreshTokens.newest(n);
    }

    public int refreshTokenCount() {
        return refreshTokens.size();
    }

    public int grantCount() {
        return grants.size();
    }

    // --- interactive sign-in -------------------------------------------------------------------

    /** Stores a sign-in in progress and forgets those started before {@code staleBefore}. */
    public void putPending(PendingAuthorization authorization, Instant staleBefore) {
        pending.removeIf(p -> p.createdAt().isBefore(staleBefore));
        pending.put(authorization.id(), authorization);
    }

    public Optional<PendingAuthorization> pending(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(pending.get(id));
    }

    public void removePending(String id) {
        pending.remove(id);
    }

    public ImageStore images() {
        return images;
    }

    // --- posts ---------------------------------------------------------------------------------

    public void addPost(ReceivedPost post) {
        posts.put(post.urn(), post);
    }

    /** The posts kept, oldest first: at most {@link #MAX_POSTS} and {@link #MAX_POST_BYTES}, the oldest forgotten first. */
    public List<ReceivedPost> posts() {
        return posts.values();
    }

    /** The newest {@code n} posts, newest first. */
    public List<ReceivedPost> newestPosts(int n) {
        return posts.newest(n);
    }

    public int postCount() {
        return posts.size();
    }

    /** An earlier post of the same author with the same text, which LinkedIn refuses as DUPLICATE_POST. */
    public Optional<ReceivedPost> duplicateOf(String author, String commentary) {
        return posts.values().stream().filter(p -> p.author().equals(author) && p.commentary().equals(commentary)).findFirst();
    }

    /**
     * Counts one posting request of a member through an app on a UTC day; {@code false} once the day's
     * quota is used up. Counters are keyed by day, so they "reset" at 00:00 UTC of the fake's clock.
     */
    public boolean tryCountPostRequest(String memberId, String clientId, LocalDate utcDay, int dailyLimit) {
        String key = memberId + "\n" + clientId + "\n" + utcDay;
        if (!dailyPostRequests.containsKey(key)) { // a new day or a new pair: forget the counters of past days
            dailyPostRequests.keySet().removeIf(old -> LocalDate.parse(old.substring(old.lastIndexOf('\n') + 1)).isBefore(utcDay));
        }
        AtomicInteger count = dailyPostRequests.computeIfAbsent(key,
                k -> new AtomicInteger());
        return count.incrementAndGet() <= dailyLimit;
    }
}
