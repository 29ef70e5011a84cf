package cn.beijing.platform.gateway;

import java.util.Locale;

/**
 * What a request does, which decides the bounds and the rate limits the gateway applies to it: reads (GET, HEAD,
 * OPTIONS), calculators (stateless policy evaluations), imports (tables, catalogues and batches) and commands
 * (every other state-changing call). Which paths are calculators and imports is configuration
 * ({@code platform.gateway.route-classes}).
 */
enum RouteClass {
    CALCULATORS, COMMANDS, IMPORTS, READS;

    /** The name used in configuration, rate-limit policy names and metric tags. */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Of four settings given per class in this order (as in {@code platform.gateway.*}), the one of this class. */
    <T> T of(T calculators, T commands, T imports, T reads) {
        return switch (this) {
            case CALCULATORS -> calculators;
            case COMMANDS -> commands;
            case IMPORTS -> imports;
            case READS -> reads;
        };
    }
}
