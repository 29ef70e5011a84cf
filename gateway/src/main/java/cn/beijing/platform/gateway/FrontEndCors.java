package cn.beijing.platform.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * CORS for agency front ends served from other origins ({@code platform.cors.allowed-origins}, env
 * {@code PLATFORM_CORS_ORIGINS}: origin patterns such as {@code https://*.agency.gov.cn} or {@code http://localhost:*};
 * none by default, {@code http://localhost:*} in the local profile). In the security chain before authentication: the
 * gateway answers a preflight itself (a browser sends no token with it); an actual request from an allowed origin gets
 * the CORS headers whatever its status, 401 and 503 included, so that the page can read the problem; a CORS request
 * from another origin gets no {@code Access-Control-Allow-Origin} but a 403 problem. Bearer tokens, no cookies: no
 * credentials. With no origin configured nothing is answered for CORS (a preflight needs a token like any call).
 */
final class FrontEndCors implements WebFilter {

    static final List<String> ALLOWED_HEADERS = List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ACCEPT, "Idempotency-Key", "X-Request-Id", "X-Access-Reason");
    static final List<String> EXPOSED_HEADERS = List.of("X-Request-Id", "Idempotent-Replayed", HttpHeaders.RETRY_AFTER,
            HttpHeaders.LOCATION, RateLimitFilter.POLICY_HEADER, RateLimitFilter.LIMIT_HEADER);
    static final List<String> ALLOWED_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    private final UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final JsonMapper json;

    FrontEndCors(List<String> allowedOrigins, JsonMapper json) {
        this.json = json;
        List<String> origins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(StringUtils::hasText).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOriginPatterns(origins);
            configuration.setAllowedMethods(ALLOWED_METHODS);
            configuration.setAllowedHeaders(ALLOWED_HEADERS);
            configuration.setExposedHeaders(EXPOSED_HEADERS);
            configuration.setAllowCredentials(false);
            configuration.setMaxAge(Duration.ofMinutes(30));
            source.registerCorsConfiguration("/**", configuration);
        }
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        CorsConfiguration configuration = source.getCorsConfiguration(exchange);
        if (configuration == null || !CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return Problems.write(json, exchange, Problems.FORBIDDEN, HttpStatus.FORBIDDEN,
                    "This origin may not call the API from a browser.");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return Mono.empty();
        }
        return chain.filter(exchange);
    }
}
