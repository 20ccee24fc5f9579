package dev.linkedinoauth.fake.internal.state;

import java.time.Instant;
import java.util.SortedSet;

/** What a member granted an app at the consent step. */
public record MemberGrant(String memberId, String clientId, SortedSet<String> scopes, Instant authorizedAt) {
}
