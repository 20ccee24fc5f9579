/**
 * Layer 3: HTTP plumbing every endpoint shares: request and response values, routes, not-found
 * answers, LinkedIn's REST and OAuth error envelopes.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.http;
