package cn.beijing.platform.archclean.events;

import org.springframework.kafka.core.KafkaTemplate;

/** The bus in events. */
public class CleanEvents {

    public KafkaTemplate<String, String> kafka;
}
