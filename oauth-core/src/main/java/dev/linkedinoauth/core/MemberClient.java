package dev.linkedinoauth.core;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Resolves the member behind an access token with {@code GET /v2/userinfo} (needs the {@code openid} and
 * {@code profile} scopes). Its {@code sub} is the member id: the author of posts is {@code urn:li:person:{sub}}.
 * {@code /v2/me} is not used: OpenID-only tokens get a 403 there.
 *
 * <pre>{@code
 * Member me = new MemberClient(http, LinkedInEndpoints.production()).userinfo(token.value());
 * System.out.println(me.personUrn());
 * }</pre>
 */
public final class MemberClient {
    private final LinkedInHttp http;
    private final LinkedInEndpoints endpoints;

    public MemberClient(LinkedInHttp http, LinkedInEndpoints endpoints) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    }

    public Member userinfo(String accessToken) {
        String operation = "Reading the member (userinfo)";
        HttpResult result = http.get(endpoints.userinfo(), Objects.requireNonNull(accessToken, "accessToken"));
        if (!result.isSuccess()) {
            throw ApiErrors.from(operation, result, ApiErrors.Call.API);
        }
        JsonNode body = Json.objectOrNull(result.body());
        String sub = body == null ? null : Json.text(body, "sub");
        if (sub == null) {
            throw ApiErrors.unreadable(operation, result, "the answer has no sub");
        }
        // locale is an object here and a string in the id_token; it is not part of Member, so either is fine.
        return new Member(sub, Json.text(body, "name"), Json.text(body, "given_name"), Json.text(body, "family_name"),
                Json.text(body, "email"), Json.text(body, "picture"));
    }
}
