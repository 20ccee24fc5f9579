/**
 * LinkedIn's member and posting APIs: the bearer check, userinfo, me, the Posts and UGC APIs, avatars,
 * little-text reading.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.api;
