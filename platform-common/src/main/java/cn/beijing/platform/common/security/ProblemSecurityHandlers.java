package cn.beijing.platform.common.security;

import cn.beijing.platform.common.error.Problem;
import cn.beijing.platform.common.error.ProblemTypes;
import cn.beijing.platform.common.error.ProblemWriter;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem+json, with a {@code WWW-Authenticate: Bearer} challenge on 401. */
@RequiredArgsConstructor
public final class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final JsonMapper json;

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return ProblemWriter.write(json, exchange, Problem.of(ProblemTypes.UNAUTHENTICATED,
                "Unauthenticated", 401, "A valid bearer token is required."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemWriter.write(json, exchange, Problem.of(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role may not perform this request."));
    }
}
