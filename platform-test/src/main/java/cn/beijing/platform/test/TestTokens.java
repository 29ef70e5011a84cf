package cn.beijing.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed tokens for tests, with the key, issuer and audience that {@link RealInfrastructure} writes into the
 * context. {@link #claims} builds a token claim by claim, to test what the platform refuses.
 */
public final class TestTokens {

    /** The HMAC key of integration tests (never used outside tests). */
    public static final String SECRET = "integration-test-hmac-key-0123456789abcdef0123456789";
    /** The {@code iss} of test tokens; the context requires it ({@code platform.security.jwt.issuer}). */
    public static final String ISSUER = "municipal-platform-test";
    /** The {@code aud} of test tokens; the context requires it ({@code platform.security.jwt.audiences}). */
    public static final String AUDIENCE = "municipal-platform";

    private TestTokens() {
    }

    /** A bearer token for {@code subject} with the given roles and agency, valid for an hour. */
    public static String token(String subject, String agency, String... roles) {
        return claims(subject, agency, roles).sign();
    }

    public static String bearer(String subject, String agency, String... roles) {
        return "Bearer " + token(subject, agency, roles);
    }

    public static String sign(String secret, String subject, String agency, List<String> roles, Instant expiresAt) {
        return claims(subject, agency, roles.toArray(String[]::new)).expiresAt(expiresAt).sign(secret);
    }

    /** The claims of an ordinary test token (iss, aud, sub, iat now, exp in an hour, jti, roles, agency). */
    public static Claims claims(String subject, String agency, String... roles) {
        Instant now = Instant.now();
        Claims claims = new Claims()
                .with("iss", ISSUER)
                .with("aud", List.of(AUDIENCE))
                .with("sub", subject)
                .with("iat", now)
                .with("exp", now.plusSeconds(3600))
                .with("jti", UUID.randomUUID().toString())
                .with("roles", List.of(roles));
        return agency == null ? claims : claims.with("agency", agency);
    }

    /** A token's claims, changed one by one; {@code Instant} values become NumericDate claims. */
    public static final class Claims {

        private final Map<String, Object> claims = new LinkedHashMap<>();

        public Claims with(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Claims without(String name) {
            claims.remove(name);
            return this;
        }

        public Claims expiresAt(Instant expiresAt) {
            return with("exp", expiresAt);
        }

        public Claims issuedAt(Instant issuedAt) {
            return with("iat", issuedAt);
        }

        public String sign() {
            return sign(SECRET);
        }

        public String bearer() {
            return "Bearer " + sign();
        }

        public String sign(String secret) {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
            claims.forEach((name, value) -> builder.claim(name, value instanceof Instant at ? Date.from(at) : value));
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
            try {
                jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}
