package cn.beijing.platform.common.outbox;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An integration event type: its topic {@code <domain>.<event>.v<N>} (also the CloudEvents {@code type}, a
 * stable string that no class rename can orphan) and the kind of aggregate that keys it.
 */
public record EventType(String topic, String aggregateType) {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z-]*\\.[a-z][a-z-]*\\.v[1-9][0-9]*");

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(aggregateType, "aggregateType");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic must be <domain>.<event>.v<N>: " + topic);
        }
    }

    /** Dead-letter topic of this event's consumers. */
    public String deadLetterTopic() {
        return topic + ".dlt";
    }
}
