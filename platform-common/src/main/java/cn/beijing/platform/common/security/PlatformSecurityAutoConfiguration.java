package cn.beijing.platform.common.security;

import java.util.List;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.Problem;
import cn.beijing.platform.common.error.ProblemTypes;
import cn.beijing.platform.common.error.ProblemWriter;
import cn.beijing.platform.jwt.PlatformRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
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

    /**
     * Requests Spring Security's firewall rejects (encoded slashes or dots, {@code ..} segments, non-printable
     * characters in the path or headers) are answered 400 problem+json like every other bad request, not with an
     * empty body.
     */
    @Bean
    static BeanPostProcessor firewallRejectionsAsProblems(ObjectProvider<JsonMapper> json) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof WebFilterChainProxy proxy) {
                    proxy.setExchangeRejectedHandler((exchange, rejected) -> ProblemWriter.write(json.getObject(),
                            exchange, Problem.of(ProblemTypes.MALFORMED_REQUEST, "Malformed request", 400,
                                    "The request path or a header is not accepted.").withErrors(List.of(
                                    new FieldError("path", "must not contain encoded slashes, dot segments or"
                                            + " control characters")))));
                }
                return bean;
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain platformSecurityWebFilterChain(ServerHttpSecurity http, ProblemSecurityHandlers problems,
            @Value("${platform.openapi.public-documents:false}") boolean publicDocuments) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)          // bearer tokens only, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> {
                    // probes and the scrape endpoint: kubelet and Prometheus carry no token
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/prometheus", "/actuator/info").permitAll();
                    if (publicDocuments) {
                        // the OpenAPI document in the local profile: Swagger UI reads it before authorising
                        exchanges.pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml").permitAll();
                    }
                    // everything else (the document too, outside the local profile) needs a valid token; roles are
                    // checked per handler
                    exchanges.anyExchange().authenticated();
                })
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
