package cn.beijing.platform.gateway;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's cache of verified bearer tokens ({@link VerifiedTokens}).
 *
 * @param maxEntries how many tokens are remembered at most (0: none, every request is verified)
 * @param maxAge     how long a token is remembered at most, even when its {@code exp} is later
 */
@ConfigurationProperties("platform.gateway.token-cache")
record TokenCacheProperties(@DefaultValue("4096") long maxEntries, @DefaultValue("5m") Duration maxAge) {

    TokenCacheProperties {
        if (maxEntries < 0 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("platform.gateway.token-cache: max-entries >= 0 and a positive max-age");
        }
    }
}
