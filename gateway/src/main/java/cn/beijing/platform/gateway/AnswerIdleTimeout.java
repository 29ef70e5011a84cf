package cn.beijing.platform.gateway;

import java.util.concurrent.TimeUnit;

import io.netty.handler.timeout.ReadTimeoutHandler;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service that has begun its answer and then sends nothing for {@code platform.gateway.answer-idle-timeout}
 * (15 s, the ordinary time limit) is given up: the connection is closed and the caller gets the gateway's 503 problem
 * (an answer still being collected, {@link SingleWriteResponses}) or a cut-off body (a larger one already on its way).
 * The breakers' time limits end when the status and headers arrive; without this, a service frozen in the middle of
 * its body held the caller's request open for as long as the caller waited. The timer belongs to the connection's
 * event loop and is reset by every read; it is removed when the connection goes back to the pool.
 */
@Configuration(proxyBeanMethods = false)
class AnswerIdleTimeout {

    static final String HANDLER = "platform.answerIdleTimeout";

    @Bean
    HttpClientCustomizer answerIdleTimeoutCustomizer(GatewayLimitsProperties limits) {
        long millis = limits.answerIdleTimeout().toMillis();
        return client -> client.doOnResponse((response, connection) ->
                connection.addHandlerFirst(HANDLER, new ReadTimeoutHandler(millis, TimeUnit.MILLISECONDS)));
    }
}
