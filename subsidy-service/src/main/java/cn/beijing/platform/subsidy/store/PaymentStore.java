package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.subsidy.policy.kindergarten.PaymentStatus;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments scheduled after a public notice, with one line per subsidy and period. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PaymentStore {

    public record PaymentRow(UUID id, UUID applicationId, UUID kindergartenId, UUID noticeId, LocalDate scheduledOn,
                             BigDecimal amount, PaymentStatus status, String basisJson) {
    }

    public record LineRow(UUID paymentId, int lineNo, String kind, LocalDate periodStart, LocalDate periodEnd,
                          BigDecimal amount, String article) {
    }

    private final DatabaseClient db;

    public Mono<Void> insert(PaymentRow p, List<LineRow> lines) {
        Mono<Long> payment = db.sql("""
                insert into payment (id, application_id, kindergarten_id, notice_id, scheduled_on, amount, status, basis)
                values (:id, :a, :k, :n, :on, :amount, :status, cast(:basis as jsonb))""")
                .bind("id", p.id()).bind("a", p.applicationId()).bind("k", p.kindergartenId())
                .bind("n", p.noticeId()).bind("on", p.scheduledOn()).bind("amount", p.amount())
                .bind("status", p.status().name()).bind("basis", p.basisJson())
                .fetch().rowsUpdated();
        return payment.thenMany(Flux.fromIterable(lines).concatMap(l -> db.sql("""
                        insert into payment_line (payment_id, line_no, kind, period_start, period_end, amount, article)
                        values (:p, :no, :kind, :from, :to, :amount, :article)""")
                        .bind("p", l.paymentId()).bind("no", l.lineNo()).bind("kind", l.kind())
                        .bind("from", l.periodStart()).bind("to", l.periodEnd()).bind("amount", l.amount())
                        .bind("article", l.article())
                        .fetch().rowsUpdated()))
                .then();
    }

    public Mono<PaymentRow> byApplication(UUID applicationId) {
        return db.sql("select *, basis::text as basis_text from payment where application_id = :a")
                .bind("a", applicationId).map(PaymentStore::payment).one();
    }

    public Flux<PaymentRow> byKindergarten(UUID kindergartenId) {
        return db.sql("select *, basis::text as basis_text from payment where kindergarten_id = :k "
                        + "order by scheduled_on, id")
                .bind("k", kindergartenId).map(PaymentStore::payment).all();
    }

    public Flux<PaymentRow> list() {
        return db.sql("select *, basis::text as basis_text from payment order by scheduled_on, id")
                .map(PaymentStore::payment).all();
    }

    public Flux<LineRow> lines(UUID paymentId) {
        return db.sql("select * from payment_line where payment_id = :p order by line_no").bind("p", paymentId)
                .map(r -> new LineRow(r.get("payment_id", UUID.class), r.get("line_no", Integer.class),
                        r.get("kind", String.class), r.get("period_start", LocalDate.class),
                        r.get("period_end", LocalDate.class), r.get("amount", BigDecimal.class),
                        r.get("article", String.class)))
                .all();
    }

    public Mono<Long> setStatus(UUID paymentId, PaymentStatus from, PaymentStatus to) {
        return db.sql("update payment set status = :to where id = :id and status = :from")
                .bind("id", paymentId).bind("from", from.name()).bind("to", to.name()).fetch().rowsUpdated();
    }

    /** A withheld payment is scheduled again on {@code scheduledOn}. */
    public Mono<Long> resume(UUID paymentId, LocalDate scheduledOn) {
        return db.sql("update payment set status = :to, scheduled_on = :on where id = :id and status = :from")
                .bind("id", paymentId).bind("on", scheduledOn).bind("to", PaymentStatus.SCHEDULED.name())
                .bind("from", PaymentStatus.WITHHELD.name()).fetch().rowsUpdated();
    }

    private static PaymentRow payment(Readable r) {
        return new PaymentRow(r.get("id", UUID.class), r.get("application_id", UUID.class),
                r.get("kindergarten_id", UUID.class), r.get("notice_id", UUID.class),
                r.get("scheduled_on", LocalDate.class), r.get("amount", BigDecimal.class),
                PaymentStatus.valueOf(r.get("status", String.class)),
                r.get("basis_text", String.class));
    }
}
