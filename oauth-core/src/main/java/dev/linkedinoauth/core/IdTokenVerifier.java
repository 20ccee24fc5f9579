package dev.linkedinoauth.core;

import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

/**
 * Verifies an OpenID id_token with nimbus-jose-jwt: RS256 signature against the provider's JWKS (fetched
 * once through {@link LinkedInHttp}, again only when a token names an unknown key), issuer, audience (the
 * client id) and expiry with one minute of clock skew. Tolerates LinkedIn's quirks: the bogus
 * {@code "zip":"RS256"} header, {@code email_verified} as a string, and no nonce.
 *
 * <pre>{@code
 * IdTokenVerifier verifier = new IdTokenVerifier(http, endpoints, clientId, Clock.systemUTC());
 * Member member = verifier.verify(token.idToken());
 * }</pre>
 */
public final class IdTokenVerifier {
    static final int CLOCK_SKEW_SECONDS = 60;

    private final LinkedInHttp http;
    private final LinkedInEndpoints endpoints;
    private final String clientId;
    private final Clock clock;
    private JWKSet keys; // guarded by this

    public IdTokenVerifier(LinkedInHttp http, LinkedInEndpoints endpoints, String clientId, Clock clock) {
        this.http = Objects.requireNonNull(http, "http");
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @return the member the token describes
     * @throws IdTokenException when the token does not verify
     */
    public Member verify(String idToken) {
        Objects.requireNonNull(idToken, "idToken");
        JWTClaimsSet claims;
        try {
            claims = process(idToken, keys(false));
        } catch (BadJOSEException e) {
            if (!isUnknownKey(e)) {
                throw new IdTokenException("The id_token is not valid: " + e.getMessage(), e);
            }
            try {
                claims = process(idToken, keys(true)); // keys may have rotated since they were fetched
            } catch (BadJOSEException | JOSEException | ParseException again) {
                throw new IdTokenException("The id_token is not valid: " + again.getMessage(), again);
            }
        } catch (JOSEException | ParseException e) {
            throw new IdTokenException("The id_token could not be read: " + e.getMessage(), e);
        }
        Map<String, Object> c = claims.getClaims();
        return new Member(claims.getSubject(), string(c.get("name")), string(c.get("given_name")),
                string(c.get("family_name")), string(c.get("email")), string(c.get("picture")));
    }

    private JWTClaimsSet process(String idToken, JWKSet jwks) throws BadJOSEException, JOSEException, ParseException {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        ClockClaimsVerifier verifier = new ClockClaimsVerifier(clock, clientId,
                new JWTClaimsSet.Builder().issuer(endpoints.issuer()).build(), Set.of("sub", "iat", "exp"));
        verifier.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(verifier);
        return processor.process(idToken, null);
    }

    private static boolean isUnknownKey(BadJOSEException e) {
        String m = e.getMessage();
        return m != null && m.contains("no matching key");
    }

    private synchronized JWKSet keys(boolean refresh) {
        if (keys == null || refresh) {
            HttpResult result = http.get(endpoints.jwks(), null);
            if (!result.isSuccess()) {
                throw ApiErrors.from("Fetching the id_token keys (JWKS)", result, ApiErrors.Call.API);
            }
            try {
                keys = JWKSet.parse(result.body());
            } catch (ParseException e) {
                throw new IdTokenException("The JWKS at " + endpoints.jwks() + " could not be read: " + e.getMessage(), e);
            }
        }
        return keys;
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    /** nimbus reads the wall clock; tests (and the CLI's fake clock) need the injected one. */
    private static final class ClockClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final Clock clock;

        ClockClaimsVerifier(Clock clock, String audience, JWTClaimsSet exactMatch, Set<String> required) {
            super(audience, exactMatch, required);
            this.clock = clock;
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }
    }
}
