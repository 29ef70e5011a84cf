package cn.beijing.platform.common.outbox;

import org.springframework.kafka.core.KafkaTemplate;

/** Builds the relay's publisher from the outbox producer and this service's CloudEvents source. */
public class KafkaEventPublisherFactory {

    private final KafkaTemplate<String, byte[]> template;
    private final OutboxProperties properties;
    private final String source;
    private final EventTraceContext traces;

    public KafkaEventPublisherFactory(KafkaTemplate<String, byte[]> template, OutboxProperties properties,
            String source, EventTraceContext traces) {
        this.template = template;
        this.properties = properties;
        this.source = source;
        this.traces = traces;
    }

    KafkaEventPublisher create() {
        return new KafkaEventPublisher(template, source, properties.sendTimeout(), traces);
    }
}
