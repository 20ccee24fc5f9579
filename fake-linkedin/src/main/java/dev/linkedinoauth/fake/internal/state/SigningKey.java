package dev.linkedinoauth.fake.internal.state;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import dev.linkedinoauth.fake.internal.text.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.Map;

/**
 * The fake's id_token signing key: a bundled 2048-bit RSA test key (a fake's key, worthless elsewhere),
 * loaded once per JVM on first use. Immutable, so sharing it between fake instances is safe; bundling
 * keeps start-up free of key generation and the {@code kid} stable across runs and containers.
 */
public final class SigningKey {
    /** A stable key id, shaped like LinkedIn's (a UUID). */
    static final String KID = "766b1f96-66d0-4d8e-8377-cecb3ac4e025";

    /**
     * The one handle every fake gets. It holds nothing itself: the key, nimbus and the JDK's RSA code are
     * loaded by the first id_token or JWKS request ({@link Material}), so that a test that never asks for
     * either does not pay for them at start (about a sixth of the fake's cold start).
     */
    private static final SigningKey SHARED = new SigningKey();

    private SigningKey() {
    }

    public static SigningKey shared() {
        return SHARED;
    }

    /** The JWKS document: public part only. */
    public Map<String, Object> publicJwks() {
        return Material.INSTANCE.publicJwks;
    }

    RSAKey publicKey() {
        return Material.INSTANCE.key.toPublicJWK();
    }

    /**
     * Signs a JWT with LinkedIn's exact JOSE header, {@code {"zip":"RS256","typ":"JWT","kid":…,"alg":"RS256"}}
     * in that order (including the bogus {@code zip}), by signing over the header's own bytes.
     */
    public String sign(Map<String, Object> claims) {
        Material material = Material.INSTANCE;
        try {
            JWSObject jws = new JWSObject(material.header, new Payload(Json.string(claims)));
            jws.sign(material.signer);
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an id_token with the bundled key", e);
        }
    }

    /** LinkedIn's header, parsed from its own bytes so that nimbus signs over exactly them. Immutable: made once. */
    private static JWSHeader linkedInHeader() throws ParseException {
        String headerJson = Json.string(Json.object().with("zip", "RS256").with("typ", "JWT").with("kid", KID)
                .with("alg", "RS256"));
        return JWSHeader.parse(Base64URL.encode(headerJson.getBytes(StandardCharsets.UTF_8)));
    }

    /** The loaded key: built once per JVM, on first use, thread-safely (the holder idiom). */
    private static final class Material {
        static final Material INSTANCE = load();

        final RSAKey key;
        final RSASSASigner signer;
        final JWSHeader header;
        final Map<String, Object> publicJwks;

        private Material(RSAKey key) throws JOSEException, ParseException {
            this.key = key;
            this.signer = new RSASSASigner(key);
            this.header = linkedInHeader();
            this.publicJwks = new JWKSet(key.toPublicJWK()).toJSONObject(true);
        }
    }

    private static Material load() {
        try (InputStream in = SigningKey.class.getResourceAsStream("fake-signing-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("fake-signing-key.pem is missing from the jar");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new Material(new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(KID)
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build());
        } catch (IOException | GeneralSecurityException | JOSEException | ParseException e) {
            throw new IllegalStateException("cannot load the bundled signing key", e);
        }
    }
}
