/**
 * Layer 5: LinkedIn's member and posting APIs: the bearer check, userinfo, me, the Posts and UGC APIs,
 * avatars. Never imports the OAuth endpoints (they may use these helpers).
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.api;
