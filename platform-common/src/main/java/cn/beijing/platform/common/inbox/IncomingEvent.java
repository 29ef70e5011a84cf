package cn.beijing.platform.common.inbox;

import java.nio.charset.StandardCharsets;

import cn.beijing.platform.common.outbox.CloudEventHeaders;
import cn.beijing.platform.common.web.RequestIds;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A consumed event: its CloudEvents attributes from the headers and its JSON body. */
public record IncomingEvent(String id, String type, String source, String subject, String requestId,
        String topic, byte[] body) {

    /** Reads the envelope; a record without {@code ce_id} or {@code ce_type} is poison. */
    public static IncomingEvent from(ConsumerRecord<String, byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new PoisonEventException("record without ce_id/ce_type on " + record.topic());
        }
        if (record.value() == null) {
            throw new PoisonEventException("record without a body on " + record.topic());
        }
        return new IncomingEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), header(record, RequestIds.KAFKA_HEADER),
                record.topic(), record.value());
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
