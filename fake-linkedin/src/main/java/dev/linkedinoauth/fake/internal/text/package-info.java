/**
 * Layer 1 (the top): small text helpers: JSON, HTML escaping and the page frame, form decoding,
 * secret masking, LinkedIn's little-text reading. Imports no other package of the fake.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.text;
