package dev.linkedinoauth.fake.internal.server;

import dev.linkedinoauth.fake.internal.admin.AdminEndpoints;
import dev.linkedinoauth.fake.internal.admin.Dashboard;
import dev.linkedinoauth.fake.internal.admin.Feed;
import dev.linkedinoauth.fake.internal.api.Avatars;
import dev.linkedinoauth.fake.internal.api.BearerCheck;
import dev.linkedinoauth.fake.internal.admin.ImageAdmin;
import dev.linkedinoauth.fake.internal.api.ImageUploadEndpoint;
import dev.linkedinoauth.fake.internal.api.ImagesEndpoint;
import dev.linkedinoauth.fake.internal.api.MeEndpoint;
import dev.linkedinoauth.fake.internal.api.Posting;
import dev.linkedinoauth.fake.internal.api.PostsEndpoint;
import dev.linkedinoauth.fake.internal.api.UgcPostsEndpoint;
import dev.linkedinoauth.fake.internal.api.UserinfoEndpoint;
import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.Route;
import dev.linkedinoauth.fake.internal.oauth.AuthorizationEndpoint;
import dev.linkedinoauth.fake.internal.oauth.InteractiveEndpoints;
import dev.linkedinoauth.fake.internal.oauth.IntrospectionEndpoints;
import dev.linkedinoauth.fake.internal.oauth.OpenIdEndpoints;
import dev.linkedinoauth.fake.internal.oauth.TokenEndpoint;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.util.List;

/**
 * The fake's whole surface, one route per line: LinkedIn's endpoints (bound to {@link LinkedInEndpoint}, which
 * owns their paths), then the fake's own under {@code /__fake/}. The entry handler classifies a request by this
 * table once; the script, the journal and the handler all use that classification.
 */
public final class Routes {
    private Routes() {
    }

    public static List<Route> all(Fixture fixture) {
        FakeContext context = fixture.context();
        InteractiveEndpoints interactive = new InteractiveEndpoints(context);
        IntrospectionEndpoints introspection = new IntrospectionEndpoints(context);
        OpenIdEndpoints openId = new OpenIdEndpoints(context);
        Posting posting = new Posting(context);
        AdminEndpoints admin = new AdminEndpoints(fixture);
        ImagesEndpoint images = new ImagesEndpoint(context);
        ImageAdmin imageAdmin = new ImageAdmin(context);
        return List.of(
                Route.get(LinkedInEndpoint.AUTHORIZATION, new AuthorizationEndpoint(context)),
                Route.post(LinkedInEndpoint.AUTHORIZATION, LinkedInEndpoint.SIGN_IN_PATH, interactive::signIn),
                Route.post(LinkedInEndpoint.AUTHORIZATION, LinkedInEndpoint.CONSENT_PATH, interactive::consent),
                Route.post(LinkedInEndpoint.TOKEN, new TokenEndpoint(context)),
                Route.post(LinkedInEndpoint.INTROSPECT, introspection::introspect),
                Route.post(LinkedInEndpoint.REVOKE, introspection::revoke),
                Route.get(LinkedInEndpoint.DISCOVERY, openId::discovery),
                Route.get(LinkedInEndpoint.JWKS, openId::jwks),
                Route.get(LinkedInEndpoint.USERINFO, BearerCheck.required(context, new UserinfoEndpoint(context))),
                Route.get(LinkedInEndpoint.ME, BearerCheck.required(context, new MeEndpoint(context))),
                Route.post(LinkedInEndpoint.POSTS, BearerCheck.required(context, new PostsEndpoint(context, posting))),
                Route.post(LinkedInEndpoint.UGC_POSTS, BearerCheck.required(context, new UgcPostsEndpoint(posting))),
                Route.post(LinkedInEndpoint.IMAGES, BearerCheck.required(context, images::initializeUpload)),
                Route.get(LinkedInEndpoint.IMAGES, BearerCheck.required(context, images::batchGet)),
                Route.get(LinkedInEndpoint.IMAGE, BearerCheck.required(context, images::get)),
                Route.put(LinkedInEndpoint.IMAGE_UPLOAD, new ImageUploadEndpoint(context)),

                Route.get("/__fake/health", request -> FakeResponse.json(200, Json.object().with("status", "UP"))),
                Route.get("/__fake/", new Dashboard(fixture)::page),
                Route.get("/__fake", request -> FakeResponse.redirect(request.publicBaseUrl() + "/__fake/")),
                Route.get("/", request -> FakeResponse.redirect(request.publicBaseUrl() + "/__fake/")), // a browser at the base URL
                Route.get("/__fake/requests", admin::requests),
                Route.get("/__fake/posts", admin::posts),
                Route.get("/__fake/feed", new Feed(context)::page),
                Route.get("/__fake/images", imageAdmin::list),
                Route.get(ImagesEndpoint.DOWNLOAD_PREFIX + "*", imageAdmin::bytes),
                Route.post("/__fake/reset", admin::reset),
                Route.get("/__fake/outcomes", admin::outcomes),
                Route.post("/__fake/outcomes", admin::enqueue),
                Route.get("/__fake/clock", admin::clock),
                Route.post("/__fake/clock", admin::advanceClock),
                Route.get(Avatars.PREFIX + "*", new Avatars(context.config())));
    }
}
