/**
 * The fake's own surface under /__fake/ and its fixture machinery: the admin API, the dashboard and
 * feed pages, the request journal, scripted outcomes and their answers.
 *
 * <p>Internal to fake-linkedin, not API: public only because the fake's packages share it; it may change
 * in any release.
 */
package dev.linkedinoauth.fake.internal.admin;
