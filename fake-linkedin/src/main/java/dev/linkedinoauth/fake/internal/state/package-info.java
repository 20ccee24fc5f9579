/**
 * What one fake instance remembers: its context, codes, tokens, grants, pending sign-ins, and the
 * token factory.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.state;
