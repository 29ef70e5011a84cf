package cn.beijing.platform.common.error;

import java.nio.charset.StandardCharsets;

import cn.beijing.platform.common.web.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem document from a web filter (before any controller or advice is involved). */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Mono<Void> write(JsonMapper json, ServerWebExchange exchange, Problem problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.status()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        Problem located = problem.at(exchange.getRequest().getPath().value(), RequestIds.of(exchange));
        byte[] body = json.writeValueAsString(located).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
