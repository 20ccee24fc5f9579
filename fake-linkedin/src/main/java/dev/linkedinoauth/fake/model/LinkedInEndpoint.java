package dev.linkedinoauth.fake.model;

import java.util.Set;

/**
 * The LinkedIn endpoints a scripted {@link Outcome} or a {@link RequestPattern} can name, plus two
 * groups: {@link #API} (the member and posting APIs) and {@link #ANY} (every LinkedIn endpoint).
 * Names in JSON are the lower-camel {@link #jsonName()}: {@code token}, {@code ugcPosts}, ...
 *
 * <pre>{@code
 * fake.enqueue(Outcome.status(503).on(LinkedInEndpoint.TOKEN));
 * fake.verify(RequestPattern.to(LinkedInEndpoint.USERINFO));
 * }</pre>
 */
public enum LinkedInEndpoint {
    /** {@code GET /oauth/v2/authorization}, and the sign-in and consent forms it shows. */
    AUTHORIZATION("authorization", "/oauth/v2/authorization"),
    /** {@code POST /oauth/v2/accessToken}. */
    TOKEN("token", "/oauth/v2/accessToken"),
    /** {@code POST /oauth/v2/introspectToken}. */
    INTROSPECT("introspect", "/oauth/v2/introspectToken"),
    /** {@code POST /oauth/v2/revoke} (unofficial at LinkedIn). */
    REVOKE("revoke", "/oauth/v2/revoke"),
    /** {@code GET /oauth/.well-known/openid-configuration}. */
    DISCOVERY("discovery", "/oauth/.well-known/openid-configuration"),
    /** {@code GET /oauth/openid/jwks}. */
    JWKS("jwks", "/oauth/openid/jwks"),
    /** {@code GET /v2/userinfo}. */
    USERINFO("userinfo", "/v2/userinfo"),
    /** {@code GET /v2/me}. */
    ME("me", "/v2/me"),
    /** {@code POST /rest/posts}. */
    POSTS("posts", "/rest/posts"),
    /** {@code POST /v2/ugcPosts}. */
    UGC_POSTS("ugcPosts", "/v2/ugcPosts"),
    /** {@code POST /rest/images?action=initializeUpload} and the batch {@code GET /rest/images?ids=List(…)}. */
    IMAGES("images", "/rest/images"),
    /** {@code GET /rest/images/{urn}}: one image's status (every path under {@code /rest/images/}). */
    IMAGE("image", "/rest/images/"),
    /**
     * {@code PUT /dms-uploads/{id}/uploaded-image/0?ut=…}: the one-time upload URL of {@code initializeUpload}
     * (LinkedIn's is on www.linkedin.com; every path under {@code /dms-uploads/}). Called without a Bearer token.
     */
    IMAGE_UPLOAD("imageUpload", "/dms-uploads/"),
    /** A group: userinfo, me, posts, ugcPosts, images and image, the endpoints called with a Bearer token. */
    API("api", null),
    /** A group: every LinkedIn endpoint above (never the fake's own {@code /__fake/} paths). */
    ANY("any", null),
    /** Not a LinkedIn endpoint: what the journal says of an unknown path. Outcomes cannot target it. */
    OTHER("other", null);

    /** {@code POST}: the sign-in form that {@link #AUTHORIZATION} shows; requests to it count as that endpoint. */
    public static final String SIGN_IN_PATH = "/oauth/v2/authorization/signin";
    /** {@code POST}: the consent form that {@link #AUTHORIZATION} shows; requests to it count as that endpoint. */
    public static final String CONSENT_PATH = "/oauth/v2/authorization/consent";

    private static final Set<LinkedInEndpoint> BEARER_APIS = Set.of(USERINFO, ME, POSTS, UGC_POSTS, IMAGES, IMAGE);

    private final String jsonName;
    private final String path;

    LinkedInEndpoint(String jsonName, String path) {
        this.jsonName = jsonName;
        this.path = path;
    }

    /** The name used in JSON and in {@link #parse(String)}, e.g. {@code token} or {@code ugcPosts}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The path of a single endpoint, e.g. {@code /oauth/v2/accessToken}; {@code null} for the groups. A path
     * ending in {@code /} ({@link #IMAGE}, {@link #IMAGE_UPLOAD}) stands for every path under it.
     */
    public String path() {
        return path;
    }

    /** Whether a request to {@code endpoint} is one this value names (itself, or a member of the group). */
    public boolean includes(LinkedInEndpoint endpoint) {
        return switch (this) {
            case ANY -> endpoint != OTHER && endpoint != API && endpoint != ANY;
            case API -> BEARER_APIS.contains(endpoint);
            case OTHER -> false;
            default -> this == endpoint;
        };
    }

    /**
     * Parses a JSON name ({@code token}), a constant name ({@code UGC_POSTS}) or a path
     * ({@code /oauth/v2/accessToken}), in any case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static LinkedInEndpoint parse(String name) {
        if (name != null) {
            String wanted = name.trim();
            for (LinkedInEndpoint endpoint : values()) {
                if (endpoint != OTHER && (endpoint.jsonName.equalsIgnoreCase(wanted) || endpoint.name().equalsIgnoreCase(wanted)
                        || wanted.equals(endpoint.path))) {
                    return endpoint;
                }
            }
        }
        throw new IllegalArgumentException("unknown endpoint \"" + name + "\"; one of authorization, token, introspect, "
                + "revoke, discovery, jwks, userinfo, me, posts, ugcPosts, images, image, imageUpload, api, any");
    }

    /** Which endpoint a request path belongs to; the sign-in and consent forms count as {@link #AUTHORIZATION}. */
    public static LinkedInEndpoint ofPath(String requestPath) {
        for (LinkedInEndpoint endpoint : values()) {
            if (endpoint.path != null && endpoint.path.equals(requestPath)) {
                return endpoint;
            }
        }
        if (requestPath.equals(SIGN_IN_PATH) || requestPath.equals(CONSENT_PATH)) {
            return AUTHORIZATION;
        }
        for (LinkedInEndpoint endpoint : values()) {
            if (endpoint.path != null && endpoint.path.endsWith("/") && requestPath.startsWith(endpoint.path)
                    && requestPath.length() > endpoint.path.length()) {
                return endpoint;
            }
        }
        return OTHER;
    }

    @Override
    public String toString() {
        return jsonName;
    }

    String describe() {
        return path == null ? jsonName : jsonName + " (" + path + ")";
    }
}
