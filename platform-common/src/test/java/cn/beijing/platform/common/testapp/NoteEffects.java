package cn.beijing.platform.common.testapp;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import cn.beijing.platform.common.inbox.IdempotentConsumer;
import cn.beijing.platform.common.inbox.IncomingEvent;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A consumer of the test event: records one effect per event id; a note titled "poison" always fails. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NoteEffects {

    public final AtomicInteger poisonAttempts = new AtomicInteger();
    private final IdempotentConsumer inbox;
    private final DatabaseClient db;
    private final JsonMapper json;

    @KafkaListener(topics = "test.note-registered.v1", groupId = "${platform.kafka.group-prefix:}note-effects")
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        NoteRegistered note = json.readValue(event.body(), NoteRegistered.class);
        if ("poison".equals(note.title())) {
            poisonAttempts.incrementAndGet();
            throw new IllegalStateException("cannot process this note");
        }
        inbox.handleOnce("note-effects", event, () -> db
                .sql("insert into note_effect (event_id, note_id) values (:e, :n)")
                .bind("e", event.id()).bind("n", note.noteId())
                .fetch().rowsUpdated())
                .block(Duration.ofSeconds(30));
    }
}
