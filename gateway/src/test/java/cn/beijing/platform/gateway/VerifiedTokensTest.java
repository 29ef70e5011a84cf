package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.beijing.platform.jwt.PlatformJwtAutoConfiguration;
import cn.beijing.platform.jwt.PlatformTokenRules;
import cn.beijing.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The cache of verified tokens: a token is verified once and then answered from the cache until its {@code exp}
 * (never at or past it), at most for the maximum age; tokens that fail verification are never remembered; the
 * cache holds at most its configured number of tokens. The verifier is the real one (HS256 signature and
 * platform-jwt's rules) on a clock the test moves.
 */
class VerifiedTokensTest {

    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final MovableClock clock = new MovableClock(START);
    private final AtomicInteger verified = new AtomicInteger();
    private final ReactiveJwtDecoder verifier = verifierCounting(verified);

    @Test
    void aTokenIsVerifiedOnceAndThenAnsweredFromTheCacheUntilJustBeforeItsExp() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofHours(1), clock);
        String token = token("clerk-1", START.plusSeconds(600));

        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("clerk-1");
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("clerk-1");
        assertThat(verified).hasValue(1);

        clock.set(START.plusSeconds(600).minusMillis(1));   // just before exp: still the cached verdict
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("clerk-1");
        assertThat(verified).hasValue(1);

        clock.set(START.plusSeconds(600));                    // at exp: verified again (the rules allow the skew)
        assertThat(tokens.decode(token).block().getSubject()).isEqualTo("clerk-1");
        assertThat(verified).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNeverAcceptedFromTheCache() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofHours(1), clock);
        String token = token("clerk-1", START.plusSeconds(60));
        assertThat(tokens.decode(token).block()).isNotNull();

        clock.set(START.plusSeconds(60).plus(SKEW).plusSeconds(1));   // past exp and the skew
        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verified).hasValue(2);
        // and it stays refused: an expired token is not remembered
        assertThatThrownBy(() -> tokens.decode(token).block()).isInstanceOf(JwtValidationException.class);
        assertThat(verified).hasValue(3);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void aTokenIsRememberedAtMostForTheMaximumAge() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofMillis(200), clock);
        String token = token("clerk-1", START.plusSeconds(3600));
        tokens.decode(token).block();
        tokens.decode(token).block();
        assertThat(verified).hasValue(1);

        // Caffeine's own ticker ends the entry after the maximum age
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (tokens.size() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        tokens.decode(token).block();
        assertThat(verified).hasValue(2);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofHours(1), clock);
        String forged = TestTokens.claims("clerk-1", "AGENCY", "ENERGY_OWNER").with("iat", START)
                .expiresAt(START.plusSeconds(600)).sign("another-key-of-at-least-thirty-two-bytes-0123456789");
        String wrongAudience = TestTokens.claims("clerk-1", "AGENCY", "ENERGY_OWNER").with("iat", START)
                .with("aud", List.of("someone-else")).expiresAt(START.plusSeconds(600)).sign();

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode(forged).block()).isInstanceOf(org.springframework.security.oauth2.jwt.BadJwtException.class);
            assertThatThrownBy(() -> tokens.decode(wrongAudience).block()).isInstanceOf(JwtValidationException.class);
        }
        assertThat(verified).hasValue(4);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void theCacheIsBoundedByItsMaximumNumberOfTokens() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, Duration.ofHours(1), clock);
        for (int i = 0; i < 11; i++) {
            tokens.decode(token("clerk-" + i, START.plusSeconds(600))).block();
        }
        assertThat(tokens.size()).isEqualTo(10);
        for (int i = 0; i < 200; i++) {
            tokens.decode(token("clerk-" + i, START.plusSeconds(600))).block();
        }
        assertThat(tokens.size()).isEqualTo(10);
        assertThat(verified).hasValueGreaterThanOrEqualTo(211);
    }

    @Test
    void differentTokensOfOneSubjectAreDifferentEntries() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, 100, Duration.ofHours(1), clock);
        Jwt first = tokens.decode(token("clerk-1", START.plusSeconds(600))).block();
        Jwt second = tokens.decode(token("clerk-1", START.plusSeconds(900))).block();
        assertThat(first.getExpiresAt()).isEqualTo(START.plusSeconds(600));
        assertThat(second.getExpiresAt()).isEqualTo(START.plusSeconds(900));
        assertThat(verified).hasValue(2);
    }

    private static String token(String subject, Instant expiresAt) {
        return TestTokens.claims(subject, "AGENCY", "ENERGY_OWNER").with("iat", START).expiresAt(expiresAt).sign();
    }

    /** The platform's verifier (as platform-jwt builds it for the HMAC key) on the test's clock, counting its calls. */
    private ReactiveJwtDecoder verifierCounting(AtomicInteger calls) {
        NimbusReactiveJwtDecoder nimbus = NimbusReactiveJwtDecoder.withSecretKey(PlatformJwtAutoConfiguration.hmacKey(TestTokens.SECRET))
                .macAlgorithm(MacAlgorithm.HS256).build();
        nimbus.setJwtValidator(new PlatformTokenRules(TestTokens.ISSUER, List.of(TestTokens.AUDIENCE), Duration.ofHours(8), SKEW, clock));
        return token -> Mono.defer(() -> {
            calls.incrementAndGet();
            return nimbus.decode(token);
        });
    }

    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
