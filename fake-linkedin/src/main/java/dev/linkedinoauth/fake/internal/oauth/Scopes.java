package dev.linkedinoauth.fake.internal.oauth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Scope lists as LinkedIn reads and writes them, and the sentences its consent screen shows for each. */
public final class Scopes {
    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("openid", "Sign you in with your LinkedIn account"),
            Map.entry("profile", "Use your name and photo"),
            Map.entry("email", "Use the primary email address associated with your LinkedIn account"),
            Map.entry("w_member_social", "Create, modify, and delete posts, comments, and reactions on your behalf"),
            Map.entry("r_liteprofile", "Use your name and photo"),
            Map.entry("r_basicprofile", "Use your basic profile including your name, photo, headline, and public profile URL"),
            Map.entry("r_emailaddress", "Use the primary email address associated with your LinkedIn account"),
            Map.entry("w_organization_social", "Create, modify, and delete posts, comments, and reactions on behalf of your organization"),
            Map.entry("r_organization_social", "Retrieve your organization's posts, comments, reactions, and other engagement data"),
            Map.entry("r_member_social", "Retrieve your posts, comments, reactions, and other engagement data"));

    private Scopes() {
    }

    /**
     * Splits a decoded {@code scope} parameter. {@code %20} and {@code +} both decode to a space; LinkedIn's
     * own JS client and Postman guide use commas; all three are accepted. Order kept, duplicates dropped.
     */
    static List<String> parse(String decoded) {
        LinkedHashSet<String> scopes = new LinkedHashSet<>();
        if (decoded != null) {
            for (String scope : decoded.split("[\\s,]+")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        }
        return new ArrayList<>(scopes);
    }

    /** LinkedIn's token-response form: sorted, comma-separated, e.g. {@code email,openid,profile,w_member_social}. */
    public static String commaSorted(Collection<String> scopes) {
        return String.join(",", new java.util.TreeSet<>(scopes));
    }

    static String describe(String scope) {
        return DESCRIPTIONS.getOrDefault(scope, "Use the \"" + scope + "\" permission");
    }
}
