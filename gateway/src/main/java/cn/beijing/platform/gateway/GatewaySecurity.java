package cn.beijing.platform.gateway;

import java.time.Clock;
import java.util.List;

import cn.beijing.platform.jwt.PlatformRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway validates the bearer token before routing (each service validates it again, with the same rules:
 * platform-jwt's {@code PlatformTokenRules} and {@link PlatformRoles}). Local profile: HMAC key
 * {@code platform.security.jwt.hmac-secret}; production: Boot's issuer or JWK set settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewaySecurityWebFilterChain(ServerHttpSecurity http, JsonMapper json,
            ReactiveJwtDecoder verifier, TokenCacheProperties tokenCache,
            @Value("${platform.cors.allowed-origins:}") List<String> corsOrigins,
            @Value("${platform.openapi.public-documents:false}") boolean publicDocuments) {
        ReactiveJwtDecoder decoder = tokenCache.maxEntries() == 0 ? verifier
                : new VerifiedTokens(verifier, tokenCache.maxEntries(), tokenCache.maxAge(), Clock.systemUTC());
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return Problems.write(json, exchange, Problems.UNAUTHENTICATED, HttpStatus.UNAUTHORIZED,
                    "A valid bearer token is required.");
        };
        ServerAccessDeniedHandler denied = (exchange, e) -> Problems.write(json, exchange, Problems.FORBIDDEN,
                HttpStatus.FORBIDDEN, "Your role may not perform this request.");
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)          // bearer tokens, no cookies
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                // a bearer token on every request: no web session to look up or create
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // CORS preflights are answered before authentication (FrontEndCors)
                .addFilterAt(new FrontEndCors(corsOrigins, json), SecurityWebFiltersOrder.CORS)
                .authorizeExchange(exchanges -> {
                    // the API first: nearly every request is one, and each rule below it costs every API request a
                    // match of its patterns (and the formatting of a debug line, even with debug off)
                    exchanges.pathMatchers("/api/**").authenticated();
                    // probes and the scrape endpoint carry no token
                    exchanges.pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
                            "/actuator/prometheus", "/actuator/info").permitAll();
                    // exists only in the local profile (404 elsewhere); it is how a developer gets a token
                    exchanges.pathMatchers(HttpMethod.POST, "/dev/tokens").permitAll();
                    // Swagger UI's page and assets (served only where springdoc.swagger-ui.enabled, else 404); the
                    // calls it makes carry the token the developer authorised with
                    exchanges.pathMatchers(HttpMethod.GET, "/swagger-ui.html", "/swagger-ui/**",
                            "/webjars/swagger-ui/**", "/v3/gateway-api-docs/swagger-config").permitAll();
                    if (publicDocuments) {
                        // the OpenAPI documents in the local profile (the UI reads them before authorising)
                        exchanges.pathMatchers(HttpMethod.GET, "/v3/api-docs/**", "/v3/gateway-api-docs").permitAll();
                    }
                    // route table and other operator endpoints
                    exchanges.pathMatchers("/actuator/**").hasRole("OPS");
                    // every API call needs a valid token (the documents too, outside the local profile); roles are
                    // checked by the services
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resource -> resource
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(new PlatformRoles()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }
}
