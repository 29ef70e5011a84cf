package cn.beijing.platform.common.security;

import cn.beijing.platform.jwt.PlatformRoles;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: a JWT is required for everything but health and metrics,
 * whatever the gateway already checked (defence in depth). The token rules and the roles claim are those of
 * platform-jwt ({@code PlatformTokenRules}, {@link PlatformRoles}), the same as the gateway's. Keys: in production
 * Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}/{@code jwk-set-uri}; in the local profile an
 * HMAC key, {@code platform.security.jwt.hmac-secret}.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
        afterName = "cn.beijing.platform.jwt.PlatformJwtAutoConfiguration")
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain platformSecurityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)          // bearer tokens only, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        // probes and the scrape endpoint: kubelet and Prometheus carry no token
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                                "/actuator/prometheus", "/actuator/info").permitAll()
                        // everything else needs a valid token; roles are checked per handler
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new PlatformRoles()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

}
