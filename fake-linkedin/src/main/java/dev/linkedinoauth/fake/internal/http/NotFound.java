package dev.linkedinoauth.fake.internal.http;

import dev.linkedinoauth.fake.internal.text.Html;

/** The answers for paths and methods the fake does not serve: JSON, never a stack trace. */
public final class NotFound {
    private NotFound() {
    }

    public static FakeResponse json(FakeRequest request) {
        return RestErrors.error(404, null, null, "No resource found for " + request.method() + " "
                + Html.truncate(request.path(), 200));
    }

    public static FakeResponse methodNotAllowed(FakeRequest request, String allowed) {
        return RestErrors.error(405, null, null, "Method " + request.method() + " is not allowed on "
                + Html.truncate(request.path(), 200)).withHeader("Allow", allowed);
    }
}
