package dev.linkedinoauth.core.probe;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One checkable row of the contract: an id that cites its section ({@code 3.5-token-bogus-code} is
 * §3.5), the request to send and what to expect. Scopes narrow when it applies: a probe of the 403 for a
 * missing scope needs a token without it. {@link #mutating()} marks a probe that changes something the
 * member can see; the runner sends it only when allowed. Immutable: the {@code with}-style methods copy.
 *
 * <pre>{@code
 * Probe p = Probe.of("6.2-userinfo-no-token", "userinfo without a token", ProbeRequest.get(ProbeEndpoint.USERINFO),
 *         Expectation.status(401).json().field("/serviceErrorCode", 401));
 * }</pre>
 *
 * @param requiredScopes scopes the member token must have (the probe is skipped otherwise)
 * @param absentScopes   scopes the member token must not have
 */
public record Probe(String id, String title, ProbeRequest request, Expectation expectation, Set<String> requiredScopes,
                    Set<String> absentScopes, boolean mutating) {
    private static final Pattern ID = Pattern.compile("\\d+(\\.\\d+)*-[a-z0-9]+(-[a-z0-9]+)*");

    public Probe {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a probe id is SECTION-words, e.g. 3.5-token-bogus-code, not " + id);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(expectation, "expectation");
        requiredScopes = Set.copyOf(requiredScopes);
        absentScopes = Set.copyOf(absentScopes);
    }

    public static Probe of(String id, String title, ProbeRequest request, Expectation expectation) {
        return new Probe(id, title, request, expectation, Set.of(), Set.of(), false);
    }

    /** The contract section the id cites, e.g. {@code 3.5}. */
    public String section() {
        return id.substring(0, id.indexOf('-'));
    }

    /** The credentials the user must give, from the placeholders of the request and the expectation. */
    public Set<Credential> needs() {
        Set<Credential> needs = EnumSet.noneOf(Credential.class);
        needs.addAll(request.needs());
        expectation.texts().forEach(t -> Placeholders.in(t).forEach(p -> p.needs().ifPresent(needs::add)));
        if (!requiredScopes.isEmpty() || !absentScopes.isEmpty()) {
            needs.add(Credential.MEMBER_TOKEN);
        }
        return needs;
    }

    public Probe requiringScopes(String... scopes) {
        return new Probe(id, title, request, expectation, Set.of(scopes), absentScopes, mutating);
    }

    public Probe requiringAbsentScopes(String... scopes) {
        return new Probe(id, title, request, expectation, requiredScopes, Set.of(scopes), mutating);
    }

    /** Marks the probe as one that changes something the member can see (a post, an upload, a revocation). */
    public Probe asMutating() {
        return new Probe(id, title, request, expectation, requiredScopes, absentScopes, true);
    }
}
