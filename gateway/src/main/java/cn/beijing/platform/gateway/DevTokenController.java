package cn.beijing.platform.gateway;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.jwt.PlatformJwtAutoConfiguration;
import cn.beijing.platform.jwt.PlatformJwtProperties;
import cn.beijing.platform.jwt.PlatformRoles;
import cn.beijing.platform.jwt.PlatformTokenRules;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local profile only: signs a token with the local HMAC key so that a developer can call the platform. The token
 * keeps the token rules it will be checked against: the configured issuer and audiences, {@code iat}, and an
 * {@code exp} within the maximum lifetime (start-up fails if {@code platform.dev-tokens.lifetime} exceeds it).
 * Outside the local profile this controller does not exist and the path answers 404.
 */
@RestController
@Profile("local")
class DevTokenController {

    private static final String SINGLE_LINE = "[^\\p{Cntrl}]*";

    record TokenRequest(
            @NotBlank @Size(max = PlatformTokenRules.MAX_SUBJECT)
            @Pattern(regexp = SINGLE_LINE, message = "must be a single line of text") String subject,
            @NotEmpty @Size(max = 30) List<@Pattern(regexp = PlatformRoles.ROLE_NAME,
                    message = "must be an upper-case role name") String> roles,
            @Size(min = 1, max = PlatformTokenRules.MAX_AGENCY)
            @Pattern(regexp = SINGLE_LINE + "\\S" + SINGLE_LINE, message = "must be a non-blank single line of text")
            String agency) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final byte[] secret;
    private final Duration lifetime;
    private final String issuer;
    private final List<String> audiences;
    private final Clock clock = Clock.systemUTC();

    DevTokenController(PlatformJwtProperties properties, PlatformTokenRules rules,
            @Value("${platform.dev-tokens.lifetime:8h}") Duration lifetime) {
        this.secret = PlatformJwtAutoConfiguration.hmacKey(properties.hmacSecret()).getEncoded();
        if (rules.maxLifetime().isPresent() && lifetime.compareTo(rules.maxLifetime().get()) > 0) {
            throw new IllegalStateException("platform.dev-tokens.lifetime (" + lifetime + ") exceeds the tokens'"
                    + " maximum lifetime platform.security.jwt.max-lifetime (" + rules.maxLifetime().get() + ")");
        }
        this.lifetime = lifetime;
        this.issuer = rules.issuer().orElse("municipal-platform-local");
        this.audiences = rules.audiences();
    }

    @PostMapping("/dev/tokens")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) throws JOSEException {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(request.subject())
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim(PlatformRoles.ROLES_CLAIM, request.roles());
        if (!audiences.isEmpty()) {
            claims.audience(audiences);
        }
        if (request.agency() != null) {
            claims.claim(PlatformRoles.AGENCY_CLAIM, request.agency());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret));
        return new TokenResponse(jwt.serialize(), expiresAt);
    }
}
