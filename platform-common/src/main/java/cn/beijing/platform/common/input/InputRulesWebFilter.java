package cn.beijing.platform.common.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.ProblemResponses;
import cn.beijing.platform.common.error.ProblemWriter;
import lombok.RequiredArgsConstructor;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link InputRules} for what arrives outside the body: every query parameter (name and decoded value), every path
 * segment (decoded: {@code %00} is a NUL) and every header value. A request that breaks a rule is answered 422
 * naming the parameter ({@code path} for a path segment, the header's name for a header) before it reaches security,
 * a controller or the database. Header values may hold tabs (RFC 9110 field values), nothing else below U+0020.
 */
@RequiredArgsConstructor
public class InputRulesWebFilter implements WebFilter, Ordered {

    private final JsonMapper json;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<FieldError> errors = problems(exchange.getRequest());
        if (errors.isEmpty()) {
            return chain.filter(exchange);
        }
        return ProblemWriter.write(json, exchange, ProblemResponses.invalid(errors));
    }

    static List<FieldError> problems(ServerHttpRequest request) {
        List<FieldError> errors = new ArrayList<>();
        for (PathContainer.Element element : request.getPath().pathWithinApplication().elements()) {
            if (element instanceof PathContainer.PathSegment segment) {
                // a blank segment (%20) would reach a controller as a missing path variable
                Optional<String> problem = segment.valueToMatch().isBlank() && !segment.value().isEmpty()
                        ? Optional.of("must not contain blank segments") : InputRules.text(segment.valueToMatch());
                if (problem.isPresent()) {
                    errors.add(new FieldError("path", problem.get()));
                    break;
                }
            }
        }
        for (Map.Entry<String, List<String>> parameter : request.getQueryParams().entrySet()) {
            String name = parameter.getKey();
            Optional<String> nameProblem = InputRules.text(name, false, 100);
            if (nameProblem.isPresent()) {
                errors.add(new FieldError("query", "parameter names " + nameProblem.get()));
                continue;
            }
            for (String value : parameter.getValue()) {
                Optional<String> problem = InputRules.text(value);
                if (problem.isPresent()) {
                    errors.add(new FieldError(name, problem.get()));
                    break;
                }
            }
        }
        request.getHeaders().forEach((name, values) -> {
            for (String value : values) {
                if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                    errors.add(new FieldError(name, "must not contain control characters"));
                    break;
                }
            }
        });
        return errors;
    }

    @Override
    public int getOrder() {
        // after the request id (so that the problem carries it), before Spring Security (-100)
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
