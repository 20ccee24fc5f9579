package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Masking;
import dev.linkedinoauth.core.AccessToken;
import dev.linkedinoauth.core.LoginResult;
import dev.linkedinoauth.core.Member;
import dev.linkedinoauth.core.StoredToken;
import java.time.Instant;
import java.util.List;

/**
 * What {@code login}, {@code demo}, {@code refresh} and {@code token} print, independent of where the
 * values came from: one token, the member it belongs to (when known), and where it was saved.
 *
 * @param accessToken      the access token in clear; masked at print time unless revealed
 * @param expiresAt        null when unknown
 * @param memberId         null when unknown (e.g. after a refresh without userinfo)
 */
record TokenReport(String accessToken, String tokenType, Instant expiresAt, List<String> scopes,
                   String refreshToken, Instant refreshExpiresAt, String idToken,
                   String memberId, String name, String email) {

    TokenReport {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    static TokenReport of(LoginResult login) {
        return of(login.token(), login.member());
    }

    /** {@code member} may be null. */
    static TokenReport of(AccessToken t, Member member) {
        return new TokenReport(t.value(), t.tokenType(), t.expiresAt(), t.scopes(), t.refreshToken(),
                t.refreshExpiresAt(), t.idToken(), member == null ? null : member.id(),
                member == null ? null : member.name(), member == null ? null : member.email());
    }

    static TokenReport of(StoredToken t) {
        return new TokenReport(t.accessToken(), "Bearer", t.expiresAt(), t.scopes(), t.refreshToken(),
                t.refreshExpiresAt(), null, t.memberId(), t.memberName(), null);
    }

    String personUrn() {
        return memberId == null ? null : "urn:li:person:" + memberId;
    }

    /** Masked: a report that ends up in a log or an assertion message must not carry a usable token. */
    @Override
    public String toString() {
        return "TokenReport[accessToken=" + Masking.mask(accessToken) + ", expiresAt=" + expiresAt + ", scopes=" + scopes
                + ", refreshToken=" + Masking.mask(refreshToken) + ", idToken=" + (idToken == null ? "none" : "present")
                + ", memberId=" + memberId + "]";
    }
}
