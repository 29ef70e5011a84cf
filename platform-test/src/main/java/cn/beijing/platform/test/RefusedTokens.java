package cn.beijing.platform.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tokens signed with the test key that the platform's token rules refuse (401), each named by what is wrong: the
 * gateway and every service must refuse all of them. They assume the rules' settings of {@link RealInfrastructure}:
 * issuer {@link TestTokens#ISSUER}, audience {@link TestTokens#AUDIENCE}, a maximum lifetime of 8 hours and a clock
 * skew of 30 seconds.
 */
public final class RefusedTokens {

    private RefusedTokens() {
    }

    /** description → token (without "Bearer "). */
    public static Map<String, String> all() {
        Instant now = Instant.now();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no exp (never expires)", base().without("exp").sign());
        tokens.put("expired 60 s ago (beyond the 30 s skew)", base().issuedAt(now.minusSeconds(600))
                .expiresAt(now.minusSeconds(60)).sign());
        tokens.put("not valid before 60 s from now", base().with("nbf", now.plusSeconds(60)).sign());
        tokens.put("another issuer, same key", base().with("iss", "https://attacker.example").sign());
        tokens.put("no issuer", base().without("iss").sign());
        tokens.put("another audience", base().with("aud", List.of("some-other-api")).sign());
        tokens.put("no audience", base().without("aud").sign());
        tokens.put("no iat while a maximum lifetime is set", base().without("iat").sign());
        tokens.put("issued 60 s in the future", base().issuedAt(now.plusSeconds(60)).expiresAt(now.plusSeconds(600))
                .sign());
        tokens.put("lifetime of 9 h above the 8 h maximum", base().issuedAt(now.minusSeconds(60))
                .expiresAt(now.plusSeconds(9 * 3600 - 60)).sign());
        tokens.put("roles as a plain string", base().with("roles", "OPS").sign());
        tokens.put("roles with a non-string element", base().with("roles", List.of("OPS", 7)).sign());
        tokens.put("role name not upper-case", base().with("roles", List.of("ops")).sign());
        tokens.put("no subject", base().without("sub").sign());
        tokens.put("blank subject", base().with("sub", " ").sign());
        tokens.put("blank agency", base().with("agency", "").sign());
        tokens.put("agency not a string", base().with("agency", List.of("A", "B")).sign());
        tokens.put("signed with another key", base().sign("another-key-of-at-least-32-bytes-0123456789abcdef"));
        return tokens;
    }

    private static TestTokens.Claims base() {
        return TestTokens.claims("refused-1", "SOME-AGENCY", "OPS");
    }
}
