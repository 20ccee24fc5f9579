package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;

/** An interactive sign-in in progress; the HTML forms carry only its random id, so they cannot be tampered with. */
public record PendingAuthorization(String id, AuthorizationRequest request, String memberId, Instant createdAt) {
    public PendingAuthorization signedInAs(String member) {
        return new PendingAuthorization(id, request, member, createdAt);
    }
}
