package dev.linkedinoauth.core;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the {@link TokenStore}: what is worth keeping of a login. {@code toString()} masks the tokens.
 *
 * <pre>{@code
 * store.save(clientId, StoredToken.of(oauth.login()));
 * store.load(clientId).filter(t -> !t.isExpired(Clock.systemUTC())).map(StoredToken::accessToken);
 * }</pre>
 *
 * @param accessToken      the access token
 * @param expiresAt        its absolute expiry; may be null when unknown
 * @param scopes           granted scopes
 * @param refreshToken     may be null
 * @param refreshExpiresAt may be null
 * @param memberId         the member's {@code sub}; may be null (client-credentials tokens)
 * @param memberName       may be null
 * @param server           which server issued the token, so that it is never sent to another: {@code production},
 *                         a base URL, or {@code discovery:} and a discovery URL; null in files written before
 *                         it was kept (it is then unknown)
 * @param redirectUri      the redirect URI of the login; may be null
 */
public record StoredToken(String accessToken, Instant expiresAt, List<String> scopes, String refreshToken,
                          Instant refreshExpiresAt, String memberId, String memberName, String server,
                          String redirectUri) {

    public StoredToken {
        Objects.requireNonNull(accessToken, "accessToken");
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** An entry that does not say where it came from (as the files of the first format). */
    public StoredToken(String accessToken, Instant expiresAt, List<String> scopes, String refreshToken,
                       Instant refreshExpiresAt, String memberId, String memberName) {
        this(accessToken, expiresAt, scopes, refreshToken, refreshExpiresAt, memberId, memberName, null, null);
    }

    /** A copy that records where the token came from (see {@link #server()}). */
    public StoredToken withOrigin(String server, String redirectUri) {
        return new StoredToken(accessToken, expiresAt, scopes, refreshToken, refreshExpiresAt, memberId, memberName,
                server, redirectUri);
    }

    public static StoredToken of(LoginResult login) {
        return of(login.token(), login.member());
    }

    /** {@code member} may be null. */
    public static StoredToken of(AccessToken token, Member member) {
        return new StoredToken(token.value(), token.expiresAt(), token.scopes(), token.refreshToken(),
                token.refreshExpiresAt(), member == null ? null : member.id(), member == null ? null : member.name());
    }

    /** A copy holding a refreshed token, keeping the member (and the old refresh token if none came back). */
    public StoredToken withToken(AccessToken token) {
        return new StoredToken(token.value(), token.expiresAt(), token.scopes(),
                token.refreshToken() != null ? token.refreshToken() : refreshToken,
                token.refreshToken() != null ? token.refreshExpiresAt() : refreshExpiresAt, memberId, memberName,
                server, redirectUri);
    }

    /** A builder holding this entry, to change some of it: {@code stored.toBuilder().memberName("Ada").build()}. */
    public Builder toBuilder() {
        return new Builder(accessToken).expiresAt(expiresAt).scopes(scopes).refreshToken(refreshToken)
                .refreshExpiresAt(refreshExpiresAt).memberId(memberId).memberName(memberName);
    }

    /** A builder for an entry with this access token and nothing else yet. */
    public static Builder builder(String accessToken) {
        return new Builder(accessToken);
    }

    public boolean isExpired(Clock clock) {
        return expiresAt != null && !clock.instant().isBefore(expiresAt);
    }

    /** {@code urn:li:person:{memberId}}, or null without a member. */
    public String personUrn() {
        return memberId == null ? null : "urn:li:person:" + memberId;
    }

    @Override
    public String toString() {
        return "StoredToken[accessToken=" + Masking.mask(accessToken) + ", expiresAt=" + expiresAt + ", scopes=" + scopes
                + ", refreshToken=" + (refreshToken == null ? "none" : Masking.mask(refreshToken))
                + ", refreshExpiresAt=" + refreshExpiresAt + ", memberId=" + memberId + ", memberName=" + memberName + ", server=" + server + "]";
    }

    /**
     * Builds a {@link StoredToken}; every field but the access token is optional.
     *
     * <pre>{@code
     * StoredToken t = StoredToken.builder("AQV...").expiresAt(Instant.parse("2026-03-01T10:00:00Z"))
     *         .scopes(List.of("openid", "profile")).memberId("AbC12dEf3G").build();
     * }</pre>
     */
    public static final class Builder {
        private String accessToken;
        private Instant expiresAt;
        private List<String> scopes = List.of();
        private String refreshToken;
        private Instant refreshExpiresAt;
        private String memberId;
        private String memberName;

        private Builder(String accessToken) {
            this.accessToken = accessToken;
        }

        public Builder accessToken(String value) {
            this.accessToken = value;
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        public Builder scopes(List<String> value) {
            this.scopes = value;
            return this;
        }

        public Builder refreshToken(String value) {
            this.refreshToken = value;
            return this;
        }

        public Builder refreshExpiresAt(Instant value) {
            this.refreshExpiresAt = value;
            return this;
        }

        public Builder memberId(String value) {
            this.memberId = value;
            return this;
        }

        public Builder memberName(String value) {
            this.memberName = value;
            return this;
        }

        public StoredToken build() {
            return new StoredToken(accessToken, expiresAt, scopes, refreshToken, refreshExpiresAt, memberId, memberName);
        }
    }
}
