package cn.beijing.platform.common.testapp;

import java.util.UUID;

import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.common.outbox.OutboxWriter;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notes {

    public static final EventType NOTE_REGISTERED = new EventType("test.note-registered.v1", "note");

    private final DatabaseClient db;
    private final OutboxWriter outbox;

    /** Writes the note and its event; meant to run inside a transaction. */
    public Mono<NoteResponse> register(NoteRequest request) {
        UUID id = UUID.randomUUID();
        return db.sql("insert into note (id, title, kind, amount, on_date) values (:id, :title, :kind, :amount, :onDate)")
                .bind("id", id).bind("title", request.title()).bind("kind", request.kind().name())
                .bind("amount", request.amount()).bind("onDate", request.onDate())
                .fetch().rowsUpdated()
                .then(outbox.append(NOTE_REGISTERED, id.toString(),
                        new NoteRegistered(id.toString(), request.title(), request.kind().name())))
                .thenReturn(new NoteResponse(id, request.title(), request.kind()));
    }

    public Mono<Long> count(String table) {
        return db.sql("select count(*) as n from " + table).map(row -> row.get("n", Long.class)).one();
    }
}
