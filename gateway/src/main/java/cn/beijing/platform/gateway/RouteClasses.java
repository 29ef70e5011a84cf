package cn.beijing.platform.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** Tells which {@link RouteClass} a request belongs to (once per request; later steps read it from the exchange). */
@Component
class RouteClasses {

    private static final String ATTRIBUTE = RouteClasses.class.getName();

    private final Paths calculators;
    private final Paths imports;

    RouteClasses(GatewayLimitsProperties limits) {
        this.calculators = new Paths(limits.routeClasses().calculators());
        this.imports = new Paths(limits.routeClasses().imports());
    }

    /** The request's class, decided on first use and kept with the exchange. */
    RouteClass of(ServerWebExchange exchange) {
        RouteClass known = exchange.getAttribute(ATTRIBUTE);
        if (known == null) {
            known = classify(exchange.getRequest());
            exchange.getAttributes().put(ATTRIBUTE, known);
        }
        return known;
    }

    RouteClass classify(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return RouteClass.READS;
        }
        PathContainer path = request.getPath().pathWithinApplication();
        if (imports.match(path)) {
            return RouteClass.IMPORTS;
        }
        return calculators.match(path) ? RouteClass.CALCULATORS : RouteClass.COMMANDS;
    }

    /** Literal paths are looked up in a set; only the few patterns with variables are matched one by one. */
    private static final class Paths {

        private final Set<String> literal = new HashSet<>();
        private final List<PathPattern> patterns = new ArrayList<>();

        Paths(List<String> configured) {
            for (String path : configured) {
                PathPattern pattern = PathPatternParser.defaultInstance.parse(path);
                if (path.contains("*") || path.contains("{")) {
                    patterns.add(pattern);
                } else {
                    literal.add(pattern.getPatternString());
                }
            }
        }

        boolean match(PathContainer path) {
            if (literal.contains(path.value())) {
                return true;
            }
            for (PathPattern pattern : patterns) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
    }
}
