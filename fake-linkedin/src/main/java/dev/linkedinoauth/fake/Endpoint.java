package dev.linkedinoauth.fake;

/** One LinkedIn (or admin) endpoint: a pure function from request to response, over the fake's state. */
@FunctionalInterface
interface Endpoint {
    FakeResponse handle(FakeRequest request);
}
