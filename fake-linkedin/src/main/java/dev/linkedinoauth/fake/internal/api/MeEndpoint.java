package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.IssuedToken;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.FakeMember;

/**
 * {@code GET /v2/me}: the legacy profile. Only {@code r_liteprofile} or {@code r_basicprofile} tokens may
 * read it; an OpenID-only token gets LinkedIn's well-known 403 {@code me.GET.NO_VERSION}.
 */
public final class MeEndpoint implements BearerCheck.Authenticated {
    private final FakeContext context;

    public MeEndpoint(FakeContext context) {
        this.context = context;
    }

    @Override
    public FakeResponse handle(FakeRequest request, IssuedToken token) {
        boolean basic = token.hasScope("r_basicprofile");
        if (token.memberId() == null || !(basic || token.hasScope("r_liteprofile"))) {
            return RestErrors.accessDenied("me.GET.NO_VERSION");
        }
        FakeMember member = context.config().member(token.memberId()).orElseThrow();
        Json.Obj preferred = Json.object().with("country", member.country()).with("language", member.language());
        Json.Obj body = Json.object()
                .with("localizedLastName", member.familyName())
                .with("lastName", multiLocale(member, member.familyName(), preferred))
                .with("firstName", multiLocale(member, member.givenName(), preferred))
                .with("profilePicture", Json.object().with("displayImage", "urn:li:digitalmediaAsset:" + member.id() + "Avatar"))
                .with("id", member.id())
                .with("localizedFirstName", member.givenName());
        if (basic) {
            String headline = "Member of the fake LinkedIn";
            body.with("headline", multiLocale(member, headline, preferred)).with("localizedHeadline", headline)
                    .with("vanityName", (member.givenName() + "-" + member.familyName()).toLowerCase(java.util.Locale.ROOT)
                            .replaceAll("[^a-z0-9-]", ""));
        }
        return FakeResponse.json(200, body);
    }

    private static Json.Obj multiLocale(FakeMember member, String text, Json.Obj preferred) {
        return Json.object().with("localized", Json.object().with(member.locale(), text)).with("preferredLocale", preferred);
    }
}
