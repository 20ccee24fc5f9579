package dev.linkedinoauth.core;

import java.util.Objects;

/**
 * The signed-in member, as {@code /v2/userinfo} (or a verified id_token) describes them. Only {@code id}
 * is always present; LinkedIn sends email only with the {@code email} scope.
 *
 * <pre>{@code
 * Member me = oauth.userinfo(token.value());
 * String author = me.personUrn();   // urn:li:person:AbC12dEf3G, the author of a post
 * }</pre>
 *
 * @param id         the {@code sub}: LinkedIn's member id for this app
 * @param name       full name, may be null
 * @param givenName  may be null
 * @param familyName may be null
 * @param email      may be null
 * @param picture    photo URL, may be null
 */
public record Member(String id, String name, String givenName, String familyName, String email, String picture) {

    public Member {
        Objects.requireNonNull(id, "id");
    }

    /** {@code urn:li:person:{id}}. */
    public String personUrn() {
        return "urn:li:person:" + id;
    }

    /** The name if known, else the person URN: something to greet the member with. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : personUrn();
    }
}
