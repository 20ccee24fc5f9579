package dev.linkedinoauth.fake.internal.state;

import dev.linkedinoauth.fake.model.ReceivedPost;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * All mutable state of one fake instance: codes, tokens, grants, posts, counters. Nothing is static,
 * so two fakes in one JVM never see each other's tokens; {@link #reset()} empties it all.
 */
public final class FakeState {
    private final Map<String, AuthorizationCode> codes = new ConcurrentHashMap<>();
    private final Map<String, IssuedToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, MemberGrant> grants = new ConcurrentHashMap<>();
    private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
    private final List<ReceivedPost> posts = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> dailyPostRequests = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastCodePrune = new AtomicReference<>(Instant.EPOCH);

    /** How long a code is remembered after it was issued: its 30 minutes, then a day of answering "expired". */
    static final Duration CODE_RETENTION = AuthorizationCode.LIFETIME.plus(Duration.ofDays(1));

    void reset() {
        codes.clear();
        accessTokens.clear();
        refreshTokens.clear();
        grants.clear();
        pending.clear();
        posts.clear();
        dailyPostRequests.clear();
        lastCodePrune.set(Instant.EPOCH);
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
            accessTokens.replaceAll((value, token) -> memberId.equals(token.memberId())
                    && clientId.equals(token.clientId()) && !token.revoked() ? token.revoke() : token);
            refreshTokens.replaceAll((value, token) -> memberId.equals(token.memberId())
                    && clientId.equals(token.clientId()) && !token.revoked() ? token.revoke() : token);
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
        Instant last = lastCodePrune.get();
        boolean prunedRecently = !now.isBefore(last) && now.isBefore(last.plus(Duration.ofMinutes(1)));
        if (prunedRecently || !lastCodePrune.compareAndSet(last, now)) {
            return;
        }
        Instant cutoff = now.minus(CODE_RETENTION);
        codes.values().removeIf(code -> code.issuedAt().isBefore(cutoff));
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
        codes.computeIfPresent(value, (k, code) -> {
            won[0] = !code.used();
            return code.markUsed();
        });
        return won[0];
    }

    // --- tokens --------------------------------------------------------------------------------

    public void putAccessToken(IssuedToken token) {
        accessTokens.put(token.value(), token);
    }

    public Optional<IssuedToken> accessToken(String value) {
        return Optional.ofNullable(accessTokens.get(value));
    }

    public void revokeAccessToken(String value) {
        accessTokens.computeIfPresent(value, (k, token) -> token.revoke());
    }

    public void putRefreshToken(RefreshGrant token) {
        refreshTokens.put(token.value(), token);
    }

    public Optional<RefreshGrant> refreshToken(String value) {
        return Optional.ofNullable(refreshTokens.get(value));
    }

    public void revokeRefreshToken(String value) {
        refreshTokens.computeIfPresent(value, (k, token) -> token.revoke());
    }

    public List<IssuedToken> accessTokens() {
        return List.copyOf(accessTokens.values());
    }

    public List<RefreshGrant> refreshTokens() {
        return List.copyOf(refreshTokens.values());
    }

    // --- interactive sign-in -------------------------------------------------------------------

    /** Stores a sign-in in progress and forgets those started before {@code staleBefore}. */
    public void putPending(PendingAuthorization authorization, Instant staleBefore) {
        pending.values().removeIf(p -> p.createdAt().isBefore(staleBefore));
        pending.put(authorization.id(), authorization);
    }

    public Optional<PendingAuthorization> pending(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(pending.get(id));
    }

    public void removePending(String id) {
        pending.remove(id);
    }

    // --- posts ---------------------------------------------------------------------------------

    public void addPost(ReceivedPost post) {
        posts.add(post);
    }

    public List<ReceivedPost> posts() {
        return new ArrayList<>(posts);
    }

    /** An earlier post of the same author with the same text, which LinkedIn refuses as DUPLICATE_POST. */
    public Optional<ReceivedPost> duplicateOf(String author, String commentary) {
        return posts.stream().filter(p -> p.author().equals(author) && p.commentary().equals(commentary)).findFirst();
    }

    /**
     * Counts one posting request of a member through an app on a UTC day; {@code false} once the day's
     * quota is used up. Counters are keyed by day, so they "reset" at 00:00 UTC of the fake's clock.
     */
    public boolean tryCountPostRequest(String memberId, String clientId, LocalDate utcDay, int dailyLimit) {
        AtomicInteger count = dailyPostRequests.computeIfAbsent(memberId + "\n" + clientId + "\n" + utcDay,
                k -> new AtomicInteger());
        return count.incrementAndGet() <= dailyLimit;
    }
}
