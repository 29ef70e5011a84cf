package cn.beijing.platform.common.outbox;

import lombok.RequiredArgsConstructor;
import org.springframework.kafka.core.KafkaTemplate;

/** Builds the relay's publisher from the outbox producer and this service's CloudEvents source. */
@RequiredArgsConstructor
public class KafkaEventPublisherFactory {

    private final KafkaTemplate<String, byte[]> template;
    private final OutboxProperties properties;
    private final String source;
    private final EventTraceContext traces;

    KafkaEventPublisher create() {
        return new KafkaEventPublisher(template, source, properties.sendTimeout(), traces);
    }
}
