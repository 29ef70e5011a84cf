package cn.beijing.platform.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;

class PlatformTokenRulesTest {

    static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");
    static final PlatformTokenRules RULES = new PlatformTokenRules("issuer-1", List.of("api-1", "api-2"),
            Duration.ofHours(8), Duration.ofSeconds(30), Clock.fixed(NOW, ZoneOffset.UTC));

    static Jwt token(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "HS256")
                .issuer("issuer-1").audience(List.of("api-1")).subject("clerk-1")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plusSeconds(3600))
                .claim("roles", List.of("ENERGY_OWNER")).claim("agency", "HAIDIAN");
        return change.apply(builder).build();
    }

    static List<String> problems(UnaryOperator<Jwt.Builder> change) {
        return RULES.problems(token(change));
    }

    @Test
    void anOrdinaryTokenKeepsEveryRule() {
        assertThat(problems(b -> b)).isEmpty();
        assertThat(RULES.validate(token(b -> b)).hasErrors()).isFalse();
    }

    @Test
    void expIsRequired() {
        assertThat(problems(b -> b.claims(c -> c.remove("exp")))).containsExactly("exp is required");
    }

    @ParameterizedTest(name = "expired {0} s ago → refused {1}")
    @CsvSource({ "29, false", "30, false", "31, true", "3600, true" })
    void expiryHasA30SecondSkew(long secondsAgo, boolean refused) {
        assertThat(problems(b -> b.issuedAt(NOW.minusSeconds(secondsAgo + 60)).expiresAt(NOW.minusSeconds(secondsAgo)))
                .contains("the token has expired"))
                .isEqualTo(refused);
    }

    @ParameterizedTest(name = "nbf in {0} s → refused {1}")
    @CsvSource({ "29, false", "30, false", "31, true" })
    void notBeforeHasTheSameSkew(long seconds, boolean refused) {
        assertThat(problems(b -> b.notBefore(NOW.plusSeconds(seconds))).contains("the token is not valid yet (nbf)"))
                .isEqualTo(refused);
    }

    @ParameterizedTest(name = "lifetime 8 h {0} s → refused {1}")
    @CsvSource({ "-1, false", "0, false", "1, true" })
    void theLifetimeIsAtMostEightHours(long extraSeconds, boolean refused) {
        Instant issued = NOW.minusSeconds(10);
        assertThat(problems(b -> b.issuedAt(issued).expiresAt(issued.plus(Duration.ofHours(8)).plusSeconds(extraSeconds)))
                .contains("the token lives longer than PT8H")).isEqualTo(refused);
    }

    @Test
    void iatIsRequiredWithAMaximumLifetimeAndNotInTheFuture() {
        assertThat(problems(b -> b.claims(c -> c.remove("iat")))).containsExactly("iat is required");
        assertThat(problems(b -> b.issuedAt(NOW.plusSeconds(30)))).isEmpty();
        assertThat(problems(b -> b.issuedAt(NOW.plusSeconds(31)))).containsExactly("iat lies in the future");
    }

    @Test
    void withoutAMaximumLifetimeIatIsOptional() {
        PlatformTokenRules unlimited = new PlatformTokenRules(null, List.of(), Duration.ZERO, Duration.ofSeconds(30),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(unlimited.problems(token(b -> b.claims(c -> c.remove("iat")).expiresAt(NOW.plusSeconds(86400 * 30)))))
                .isEmpty();
        assertThat(unlimited.problems(token(b -> b.claims(c -> c.remove("exp"))))).containsExactly("exp is required");
    }

    @Test
    void issuerAndAudienceMustMatchWhenConfigured() {
        assertThat(problems(b -> b.issuer("https://attacker.example"))).containsExactly("iss is not the expected issuer");
        assertThat(problems(b -> b.claims(c -> c.remove("iss")))).containsExactly("iss is not the expected issuer");
        assertThat(problems(b -> b.audience(List.of("other")))).containsExactly("aud names none of the expected audiences");
        assertThat(problems(b -> b.audience(List.of("other", "api-2")))).isEmpty();
        assertThat(problems(b -> b.claims(c -> c.remove("aud")))).containsExactly("aud names none of the expected audiences");
    }

    @Test
    void theSubjectIsARequiredSingleLineText() {
        assertThat(problems(b -> b.claims(c -> c.remove("sub")))).hasSize(1);
        assertThat(problems(b -> b.subject(" "))).hasSize(1);
        assertThat(problems(b -> b.subject("a\u0000b"))).hasSize(1);
        assertThat(problems(b -> b.subject("s".repeat(200)))).isEmpty();
        assertThat(problems(b -> b.subject("s".repeat(201)))).hasSize(1);
    }

    @Test
    void theAgencyIsOptionalButNeverBlankOrStructured() {
        assertThat(problems(b -> b.claims(c -> c.remove("agency")))).isEmpty();
        assertThat(problems(b -> b.claim("agency", ""))).hasSize(1);
        assertThat(problems(b -> b.claim("agency", List.of("A")))).hasSize(1);
        assertThat(problems(b -> b.claim("agency", "a".repeat(100)))).isEmpty();
        assertThat(problems(b -> b.claim("agency", "a".repeat(101)))).hasSize(1);
    }

    @Test
    void rolesAreAnArrayOfRoleNamesNeverAPlainString() {
        assertThat(problems(b -> b.claim("roles", "OPS"))).containsExactly("the roles claim must be an array of role names");
        assertThat(problems(b -> b.claim("roles", List.of("OPS", 1)))).hasSize(1);
        assertThat(problems(b -> b.claim("roles", List.of("ops")))).hasSize(1);
        assertThat(problems(b -> b.claim("roles", List.of()))).isEmpty();
        assertThat(problems(b -> b.claims(c -> c.remove("roles")))).isEmpty();
        assertThat(PlatformRoles.of(token(b -> b.claim("roles", List.of("OPS", "HOSPITAL"))))).containsExactly("OPS",
                "HOSPITAL");
        assertThat(PlatformRoles.authorities(token(b -> b))).extracting(Object::toString)
                .containsExactly("ROLE_ENERGY_OWNER");
    }

    @Test
    void startUpFailsWithoutIssuerOrAudienceUnlessTurnedOffForLocalDevelopment() {
        PlatformJwtProperties none = new PlatformJwtProperties(null, null, null, Duration.ofHours(8),
                Duration.ofSeconds(30), true);
        assertThatThrownBy(() -> PlatformJwtAutoConfiguration.rules(none, null, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issuer and an audience");
        assertThatThrownBy(() -> PlatformJwtAutoConfiguration.rules(none, "https://id.example", List.of()))
                .isInstanceOf(IllegalStateException.class);
        PlatformTokenRules fromBoot = PlatformJwtAutoConfiguration.rules(none, "https://id.example", List.of("api"));
        assertThat(fromBoot.issuer()).contains("https://id.example");
        assertThat(fromBoot.audiences()).containsExactly("api");
        PlatformJwtProperties local = new PlatformJwtProperties("s", null, List.of(), Duration.ofHours(8),
                Duration.ofSeconds(30), false);
        assertThat(PlatformJwtAutoConfiguration.rules(local, null, List.of()).issuer()).isEmpty();
    }
}
