/**
 * Layer 9: server wiring: the Jetty entry handler, the one route table, the public base URL.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.server;
