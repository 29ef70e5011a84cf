package cn.beijing.platform.jwt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The token rules of the gateway and of every service. {@link PlatformTokenRules} is a bean: Boot's decoders for an
 * identity provider ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri}) add it to
 * their own checks, and the local HMAC decoder ({@code platform.security.jwt.hmac-secret}) uses it alone. Start-up
 * fails when the issuer or the audience is missing, unless {@code platform.security.jwt.require-issuer-and-audience}
 * is turned off (local development only).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration")
@EnableConfigurationProperties(PlatformJwtProperties.class)
public class PlatformJwtAutoConfiguration {

    static final String BOOT_ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String BOOT_AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

    @Bean
    @ConditionalOnMissingBean
    PlatformTokenRules platformTokenRules(PlatformJwtProperties properties, Environment environment) {
        return rules(properties, environment.getProperty(BOOT_ISSUER),
                environment.getProperty(BOOT_AUDIENCES, List.class, List.of()));
    }

    static PlatformTokenRules rules(PlatformJwtProperties properties, String bootIssuer, List<?> bootAudiences) {
        String issuer = properties.issuer() != null ? properties.issuer()
                : bootIssuer == null || bootIssuer.isBlank() ? null : bootIssuer.strip();
        List<String> audiences = !properties.audiences().isEmpty() ? properties.audiences()
                : bootAudiences.stream().map(Object::toString).map(String::strip).filter(a -> !a.isEmpty()).toList();
        if (properties.requireIssuerAndAudience() && (issuer == null || audiences.isEmpty())) {
            throw new IllegalStateException("The token rules need an issuer and an audience: set "
                    + "platform.security.jwt.issuer (or " + BOOT_ISSUER + ") and platform.security.jwt.audiences"
                    + " (env PLATFORM_SECURITY_JWT_ISSUER, PLATFORM_SECURITY_JWT_AUDIENCES). Only local development"
                    + " may set platform.security.jwt.require-issuer-and-audience=false.");
        }
        return new PlatformTokenRules(issuer, audiences, properties.maxLifetime(), properties.clockSkew(),
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean(ReactiveJwtDecoder.class)
    @ConditionalOnProperty("platform.security.jwt.hmac-secret")
    ReactiveJwtDecoder hmacJwtDecoder(PlatformJwtProperties properties, PlatformTokenRules rules) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(hmacKey(properties.hmacSecret()))
                .macAlgorithm(MacAlgorithm.HS256).build();
        decoder.setJwtValidator(rules);
        return decoder;
    }

    /** The HS256 key of local development and tests; at least 32 bytes. */
    public static SecretKeySpec hmacKey(String secret) {
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        if (key.length < 32) {
            throw new IllegalStateException("platform.security.jwt.hmac-secret must be at least 32 bytes");
        }
        return new SecretKeySpec(key, "HmacSHA256");
    }
}
