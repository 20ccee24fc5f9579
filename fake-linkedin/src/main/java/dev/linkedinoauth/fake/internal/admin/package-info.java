/**
 * Layer 8: the fake's own surface under /__fake/: the admin API, the dashboard and feed pages.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.admin;
