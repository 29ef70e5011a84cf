package cn.beijing.platform.gateway;

import java.time.Clock;
import java.time.Duration;
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
 * Local profile only: signs a token with the local HMAC key so that a developer can call the platform.
 * Outside the local profile this controller does not exist and the path answers 404.
 */
@RestController
@Profile("local")
class DevTokenController {

    record TokenRequest(@NotBlank @Size(max = 100) String subject,
            @NotEmpty List<@Pattern(regexp = "[A-Z][A-Z_]{1,49}", message = "must be an upper-case role name") String> roles,
            @Size(max = 100) String agency) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    private final byte[] secret;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    DevTokenController(@Value("${platform.security.jwt.hmac-secret}") String secret,
            @Value("${platform.dev-tokens.lifetime:8h}") Duration lifetime) {
        this.secret = GatewaySecurity.hmacKey(secret).getEncoded();
        this.lifetime = lifetime;
    }

    @PostMapping("/dev/tokens")
    TokenResponse issue(@Valid @RequestBody TokenRequest request) throws JOSEException {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(request.subject())
                .issuer("municipal-platform-local")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .claim("roles", request.roles());
        if (request.agency() != null) {
            claims.claim("agency", request.agency());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(secret));
        return new TokenResponse(jwt.serialize(), expiresAt);
    }
}
