/**
 * The HTTP plumbing every endpoint shares: the Jetty handler, request and response values, the route
 * table, JSON and HTML helpers, LinkedIn's REST error envelope, secret masking.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.server;
