package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.FakeMember;

/**
 * {@code GET /v2/userinfo}: needs {@code openid} and {@code profile}; {@code locale} is an object here
 * (a string in the id_token) and {@code email}/{@code email_verified} appear only with {@code email}.
 */
public final class UserinfoEndpoint implements BearerCheck.Authenticated {
    private final FakeContext context;

    public UserinfoEndpoint(FakeContext context) {
        this.context = context;
    }

    @Override
    public FakeResponse handle(FakeRequest request, IssuedToken token) {
        if (token.memberId() == null || !token.hasScope("openid") || !token.hasScope("profile")) {
            return RestErrors.accessDenied("userinfo.GET.NO_VERSION");
        }
        FakeMember member = context.config().member(token.memberId()).orElseThrow();
        boolean email = token.hasScope("email");
        return FakeResponse.json(200, Json.object().with("sub", member.id())
                .withIfPresent("email_verified", email ? Boolean.TRUE : null)
                .with("name", member.name())
                .with("locale", Json.object().with("country", member.country()).with("language", member.language()))
                .with("given_name", member.givenName())
                .with("family_name", member.familyName())
                .withIfPresent("email", email ? member.email() : null)
                .with("picture", Avatars.pictureUrl(member, request.publicBaseUrl())));
    }
}
