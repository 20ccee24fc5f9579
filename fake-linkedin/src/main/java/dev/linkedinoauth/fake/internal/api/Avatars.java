package dev.linkedinoauth.fake.internal.api;

import dev.linkedinoauth.fake.internal.http.Endpoint;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.NotFound;
import dev.linkedinoauth.fake.internal.text.Html;
import dev.linkedinoauth.fake.model.FakeConfig;
import dev.linkedinoauth.fake.model.FakeMember;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code GET /__fake/avatars/<id>.svg}: a member's initials on a coloured disc, so that {@code picture}
 * never points to the internet.
 */
public final class Avatars implements Endpoint {
    public static final String PREFIX = "/__fake/avatars/";
    private static final String[] COLOURS = {"#0a66c2", "#057642", "#915907", "#b24020", "#8f5849", "#5f6cb1"};

    private final FakeConfig config;

    public Avatars(FakeConfig config) {
        this.config = config;
    }

    /** The member's own picture URL, or the fake's avatar for them. */
    public static String pictureUrl(FakeMember member, String publicBaseUrl) {
        return member.picture() != null ? member.picture() : publicBaseUrl + PREFIX + member.id() + ".svg";
    }

    @Override
    public FakeResponse handle(FakeRequest request) {
        String file = request.path().substring(PREFIX.length());
        Optional<FakeMember> member = file.endsWith(".svg")
                ? config.member(file.substring(0, file.length() - 4)) : Optional.empty();
        if (member.isEmpty()) {
            return NotFound.json(request);
        }
        String initials = ("" + member.get().givenName().charAt(0) + member.get().familyName().charAt(0));
        String colour = COLOURS[Math.floorMod(member.get().id().hashCode(), COLOURS.length)];
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200">\
                <circle cx="100" cy="100" r="100" fill="%s"/>\
                <text x="100" y="100" dy=".35em" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" \
                font-size="80" fill="#ffffff">%s</text></svg>
                """.formatted(colour, Html.escape(initials));
        return FakeResponse.of(200, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8))
                .withHeader("Cache-Control", "max-age=3600");
    }
}
