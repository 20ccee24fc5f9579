package dev.linkedinoauth.core.probe;

import dev.linkedinoauth.core.Masking;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * What the user gives a probe run; each part may be missing, and probes that need a missing part are
 * skipped with the reason. {@link #toString()} hides the secret and masks the token.
 *
 * <pre>{@code
 * ProbeCredentials c = ProbeCredentials.of(clientId, System.getenv("LINKEDIN_CLIENT_SECRET"), stored.accessToken(), stored.scopes());
 * }</pre>
 *
 * @param scopes the member token's scopes, or {@code null} when unknown (probes that depend on scopes are then skipped)
 */
public record ProbeCredentials(String clientId, String clientSecret, String memberToken, Set<String> scopes) {

    public ProbeCredentials {
        clientId = blankToNull(clientId);
        clientSecret = blankToNull(clientSecret);
        memberToken = blankToNull(memberToken);
        scopes = scopes == null ? null : Set.copyOf(scopes);
    }

    /** No credentials: only the probes that need none run. */
    public static ProbeCredentials none() {
        return new ProbeCredentials(null, null, null, null);
    }

    public static ProbeCredentials of(String clientId, String clientSecret, String memberToken, Collection<String> scopes) {
        return new ProbeCredentials(clientId, clientSecret, memberToken, scopes == null ? null : Set.copyOf(scopes));
    }

    /** The value for a credential, if given. */
    Optional<String> value(Credential credential) {
        return Optional.ofNullable(switch (credential) {
            case CLIENT_ID -> clientId;
            case CLIENT_SECRET -> clientSecret;
            case MEMBER_TOKEN -> memberToken;
        });
    }

    @Override
    public String toString() {
        return "ProbeCredentials[clientId=" + clientId + ", clientSecret=" + (clientSecret == null ? "none" : "[hidden]")
                + ", memberToken=" + (memberToken == null ? "none" : Masking.mask(memberToken)) + ", scopes=" + scopes + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
