package cn.beijing.platform.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;

/**
 * The platform's token rules, one definition for the gateway and every service (a token that breaks one is 401):
 * <ul>
 *   <li>{@code exp} is required; the token is refused once {@code exp} plus the clock skew has passed, and before
 *       {@code nbf} minus the skew;</li>
 *   <li>with a maximum lifetime (the default: 8 hours), {@code iat} is required, may not lie beyond the skew in the
 *       future, and {@code exp - iat} may not exceed the maximum;</li>
 *   <li>{@code iss} must equal the configured issuer and {@code aud} must name a configured audience, whenever they
 *       are configured (outside local development they must be);</li>
 *   <li>{@code sub} is a non-blank single-line text of at most {@value #MAX_SUBJECT} characters (records are scoped
 *       to it);</li>
 *   <li>{@code roles} keeps {@link PlatformRoles}' rule; {@code agency}, when present, is a non-blank single-line text
 *       of at most {@value #MAX_AGENCY} characters.</li>
 * </ul>
 * Times are checked against the system clock in UTC, never against a service's business clock.
 */
public final class PlatformTokenRules implements OAuth2TokenValidator<Jwt> {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_AGENCY = 100;

    private final String issuer;
    private final List<String> audiences;
    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final Clock clock;

    public PlatformTokenRules(String issuer, List<String> audiences, Duration maxLifetime, Duration clockSkew,
                              Clock clock) {
        this.issuer = issuer;
        this.audiences = List.copyOf(audiences);
        this.maxLifetime = maxLifetime == null || maxLifetime.isZero() ? null : maxLifetime;
        this.clockSkew = Objects.requireNonNull(clockSkew, "clockSkew");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (clockSkew.isNegative() || (this.maxLifetime != null && this.maxLifetime.isNegative())) {
            throw new IllegalArgumentException("the clock skew and the maximum lifetime may not be negative");
        }
    }

    public Optional<String> issuer() {
        return Optional.ofNullable(issuer);
    }

    public List<String> audiences() {
        return audiences;
    }

    public Optional<Duration> maxLifetime() {
        return Optional.ofNullable(maxLifetime);
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> problems = problems(jwt);
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream()
                .map(p -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, p, null)).toList());
    }

    /** What is wrong with the token; empty when it keeps every rule. */
    public List<String> problems(Jwt jwt) {
        List<String> problems = new ArrayList<>();
        Instant now = clock.instant();
        Instant expiresAt = instant(jwt, JwtClaimNames.EXP, problems);
        Instant issuedAt = instant(jwt, JwtClaimNames.IAT, problems);
        Instant notBefore = instant(jwt, JwtClaimNames.NBF, problems);
        if (expiresAt == null) {
            problems.add("exp is required");
        } else if (now.isAfter(expiresAt.plus(clockSkew))) {
            problems.add("the token has expired");
        }
        if (notBefore != null && now.plus(clockSkew).isBefore(notBefore)) {
            problems.add("the token is not valid yet (nbf)");
        }
        if (maxLifetime != null) {
            if (issuedAt == null) {
                problems.add("iat is required");
            } else if (issuedAt.isAfter(now.plus(clockSkew))) {
                problems.add("iat lies in the future");
            } else if (expiresAt != null && Duration.between(issuedAt, expiresAt).compareTo(maxLifetime) > 0) {
                problems.add("the token lives longer than " + maxLifetime);
            }
        }
        if (issuer != null && !issuer.equals(text(jwt.getClaims().get(JwtClaimNames.ISS)))) {
            problems.add("iss is not the expected issuer");
        }
        if (!audiences.isEmpty() && !namesAnAudience(jwt.getClaims().get(JwtClaimNames.AUD))) {
            problems.add("aud names none of the expected audiences");
        }
        if (!singleLine(jwt.getClaims().get(JwtClaimNames.SUB), MAX_SUBJECT)) {
            problems.add("sub must be a non-blank text of at most " + MAX_SUBJECT + " characters");
        }
        Object agency = jwt.getClaims().get(PlatformRoles.AGENCY_CLAIM);
        if (agency != null && !singleLine(agency, MAX_AGENCY)) {
            problems.add("agency must be a non-blank text of at most " + MAX_AGENCY + " characters");
        }
        PlatformRoles.problem(jwt.getClaims().get(PlatformRoles.ROLES_CLAIM)).ifPresent(problems::add);
        return problems;
    }

    private static Instant instant(Jwt jwt, String claim, List<String> problems) {
        Object value = jwt.getClaims().get(claim);
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        problems.add(claim + " must be a NumericDate");
        return null;
    }

    private boolean namesAnAudience(Object aud) {
        if (aud instanceof String single) {
            return audiences.contains(single);
        }
        if (aud instanceof Collection<?> named) {
            return named.stream().anyMatch(audiences::contains);
        }
        return false;
    }

    private static String text(Object claim) {
        return claim == null ? null : claim.toString();
    }

    private static boolean singleLine(Object claim, int maxLength) {
        if (!(claim instanceof String text) || text.isBlank() || text.length() > maxLength) {
            return false;
        }
        return text.chars().noneMatch(Character::isISOControl);
    }
}
