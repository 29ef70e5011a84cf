package cn.beijing.platform.jwt;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The token rules' settings ({@code platform.security.jwt.*}), the same at the gateway and in every service.
 *
 * @param hmacSecret                 local development and tests only: the HS256 key (at least 32 bytes); in production
 *                                   keys come from the identity provider ({@code spring.security.oauth2.resourceserver
 *                                   .jwt.issuer-uri} or {@code jwk-set-uri})
 * @param issuer                     the required {@code iss}; defaults to {@code spring.security.oauth2.resourceserver
 *                                   .jwt.issuer-uri}
 * @param audiences                  {@code aud} must name at least one of them
 * @param maxLifetime                the longest {@code exp - iat} accepted; {@code iat} is then required
 *                                   ({@code 0}: no maximum)
 * @param clockSkew                  tolerance for clocks that differ between issuer and platform, applied to {@code exp},
 *                                   {@code nbf} and {@code iat}
 * @param requireIssuerAndAudience   refuse to start without an issuer and an audience (true unless turned off for
 *                                   local development)
 */
@ConfigurationProperties("platform.security.jwt")
public record PlatformJwtProperties(String hmacSecret, String issuer, List<String> audiences,
                                    @DefaultValue("8h") Duration maxLifetime, @DefaultValue("30s") Duration clockSkew,
                                    @DefaultValue("true") boolean requireIssuerAndAudience) {

    public PlatformJwtProperties {
        audiences = audiences == null ? List.of()
                : audiences.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }
}
