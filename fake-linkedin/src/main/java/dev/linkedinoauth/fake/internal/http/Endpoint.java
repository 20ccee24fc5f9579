package dev.linkedinoauth.fake.internal.http;

/** One LinkedIn (or admin) endpoint: a pure function from request to response, over the fake's state. */
@FunctionalInterface
public interface Endpoint {
    FakeResponse handle(FakeRequest request);
}
