package cn.beijing.platform.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.RetryGatewayFilterFactory.RetryConfig;
import org.springframework.stereotype.Component;

/**
 * Spring Cloud Gateway's {@code Retry} filter, with the same settings, wrapped around the requests whose method it
 * may retry only ({@code methods}: GET on the platform's routes). The plain filter wraps every request in its retry
 * and repeat operators and decides per try whether the method may be retried: on a command or a calculator that
 * is work (and allocation) on every call for a retry that can never happen.
 */
@Component
class RetrySafeReadsGatewayFilterFactory extends AbstractGatewayFilterFactory<RetryConfig> {

    private final RetryGatewayFilterFactory retry = new RetryGatewayFilterFactory();

    RetrySafeReadsGatewayFilterFactory() {
        super(RetryConfig.class);
    }

    @Override
    public GatewayFilter apply(RetryConfig config) {
        GatewayFilter retrying = retry.apply(config);
        return (exchange, chain) -> config.getMethods().contains(exchange.getRequest().getMethod())
                ? retrying.filter(exchange, chain)
                : chain.filter(exchange);
    }
}
