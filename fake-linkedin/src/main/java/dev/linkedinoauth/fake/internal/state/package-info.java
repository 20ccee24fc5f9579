/**
 * Layer 4: what one fake instance remembers: its context, codes, tokens, grants, pending sign-ins,
 * posts, the token factory and the id_token signing key. Knows nothing of scripts or journals.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.state;
