package cn.beijing.platform.common.inbox;

import java.util.function.Supplier;

import cn.beijing.platform.common.web.RequestIds;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Runs a consumer's effect at most once per event id: the inbox row and the effect commit in one
 * transaction, so a redelivered event finds its row and changes nothing. The request id of the event
 * flows into the effect (and into any event the effect writes to the outbox).
 */
@RequiredArgsConstructor
public class IdempotentConsumer {

    private final DatabaseClient db;
    private final TransactionalOperator tx;

    /** Emits true when the effect ran, false when the event had been processed before. */
    public Mono<Boolean> handleOnce(String consumer, IncomingEvent event, Supplier<Mono<?>> effect) {
        Mono<Boolean> work = db.sql("""
                insert into inbox_event (consumer, event_id, topic) values (:consumer, :eventId, :topic)
                on conflict do nothing
                """)
                .bind("consumer", consumer)
                .bind("eventId", event.id())
                .bind("topic", event.topic())
                .fetch().rowsUpdated()
                .flatMap(inserted -> inserted == 0 ? Mono.just(false) : effect.get().then(Mono.just(true)));
        Mono<Boolean> transactional = tx.transactional(work);
        return event.requestId() == null ? transactional
                : transactional.contextWrite(context -> RequestIds.put(context, event.requestId()));
    }
}
