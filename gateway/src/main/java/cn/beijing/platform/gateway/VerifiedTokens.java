package cn.beijing.platform.gateway;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The bearer tokens the gateway has verified, remembered so that a caller's next requests skip parsing, the signature,
 * the claims' conversion and the token rules: a front end sends the same token for hours. Only a token that passed the verifier (signature and platform-jwt's
 * {@code PlatformTokenRules}) is remembered, keyed by the SHA-256 of its text (the cache holds no second copy of a
 * token), and never past its {@code exp} — nor, for a token whose signing key was withdrawn, longer than
 * {@code maxAge}. From {@code exp} on, the token goes to the verifier again, which applies the rules (and their clock
 * skew) as to any other. The only rule that a token which passed can break later is {@code exp}: {@code nbf} and
 * {@code iat} only ever become true, and the others do not depend on time. At most {@code maxEntries} tokens are
 * kept, the least used leave first.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /** SHA-256 of a token, as four longs. */
    private record TokenHash(long first, long second, long third, long fourth) {

        static TokenHash of(String token) {
            ByteBuffer digest = ByteBuffer.wrap(SHA_256.get().digest(token.getBytes(StandardCharsets.UTF_8)));
            return new TokenHash(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
        }
    }

    private final ReactiveJwtDecoder verifier;
    private final Cache<TokenHash, Jwt> verified;
    private final Duration maxAge;
    private final Clock clock;

    VerifiedTokens(ReactiveJwtDecoder verifier, long maxEntries, Duration maxAge, Clock clock) {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("the token cache keeps at least one token for a positive time");
        }
        this.verifier = verifier;
        this.maxAge = maxAge;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.<TokenHash, Jwt>creating((hash, jwt) -> remembered(jwt)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        TokenHash hash = TokenHash.of(token);
        Jwt known = verified.getIfPresent(hash);
        if (known != null) {
            if (clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.invalidate(hash);
        }
        return verifier.decode(token).doOnNext(jwt -> {
            if (jwt.getExpiresAt() != null && !remembered(jwt).isZero()) {
                verified.put(hash, jwt);
            }
        });
    }

    /** How long a verified token is remembered: until its {@code exp}, at most {@code maxAge}; zero when expired. */
    private Duration remembered(Jwt jwt) {
        Instant now = clock.instant();
        Instant until = jwt.getExpiresAt();
        if (until == null || !now.isBefore(until)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, until);
        return left.compareTo(maxAge) < 0 ? left : maxAge;
    }

    /** How many tokens are remembered now (after pending evictions). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }
}
