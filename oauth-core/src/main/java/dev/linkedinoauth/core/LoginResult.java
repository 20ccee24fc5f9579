package dev.linkedinoauth.core;

import java.util.Objects;

/**
 * What a login yields: the token and the member it belongs to.
 *
 * <pre>{@code
 * LoginResult r = oauth.login();
 * System.out.println(r.member().personUrn() + " " + r.token().masked());
 * }</pre>
 *
 * @param token  the access token (with refresh token and id_token when LinkedIn sent them)
 * @param member the signed-in member, from {@code /v2/userinfo}
 */
public record LoginResult(AccessToken token, Member member) {
    public LoginResult {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(member, "member");
    }
}
