/**
 * The fake's public values (layer 2, under the text helpers): configuration ({@link
 * dev.linkedinoauth.fake.model.FakeConfig}, {@link dev.linkedinoauth.fake.model.FakeApp}, {@link
 * dev.linkedinoauth.fake.model.FakeMember}), LinkedIn's endpoints and errors ({@link
 * dev.linkedinoauth.fake.model.LinkedInEndpoint}, which owns every path), scripted {@link
 * dev.linkedinoauth.fake.model.Outcome}s, and what the fake saw ({@link dev.linkedinoauth.fake.model.RecordedRequest},
 * {@link dev.linkedinoauth.fake.model.ReceivedPost}). The entry point is {@link dev.linkedinoauth.fake.FakeLinkedIn}.
 */
package dev.linkedinoauth.fake.model;
