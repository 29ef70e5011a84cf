package cn.beijing.platform.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Signed tokens for tests, with the key that {@link RealInfrastructure} writes into the context. */
public final class TestTokens {

    /** The HMAC key of integration tests (never used outside tests). */
    public static final String SECRET = "integration-test-hmac-key-0123456789abcdef0123456789";

    private TestTokens() {
    }

    /** A bearer token for {@code subject} with the given roles and agency, valid for an hour. */
    public static String token(String subject, String agency, String... roles) {
        return sign(SECRET, subject, agency, List.of(roles), Instant.now().plusSeconds(3600));
    }

    public static String bearer(String subject, String agency, String... roles) {
        return "Bearer " + token(subject, agency, roles);
    }

    public static String sign(String secret, String subject, String agency, List<String> roles, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer("municipal-platform-test")
                .issueTime(new Date())
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", roles)
                .claim("agency", agency)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
