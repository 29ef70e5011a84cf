package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Payments of approved programme applications and the recoveries of their support. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammePaymentStore {

    /** @param status SCHEDULED, RECOVERED or CANCELLED; {@code linesJson} the payment's lines as published */
    public record PaymentRow(UUID id, UUID applicationId, UUID noticeId, LocalDate scheduledOn, BigDecimal amount,
                             String status, String linesJson, String basisJson) {
    }

    public record ClawbackRow(UUID id, UUID applicationId, String ground, LocalDate orderedOn, BigDecimal amount,
                              BigDecimal cancelled, String statement, String basisJson, String orderedBy) {
    }

    private static final String PAYMENTS = "select *, lines::text as lines_text, basis::text as basis_text "
            + "from programme_payment";

    private final DatabaseClient db;

    public Mono<Void> insert(PaymentRow p) {
        return Statements.nullable(db.sql("""
                        insert into programme_payment (id, application_id, notice_id, scheduled_on, amount, status,
                            lines, basis)
                        values (:id, :a, :n, :on, :amount, :status, cast(:lines as jsonb), cast(:basis as jsonb))""")
                        .bind("id", p.id()).bind("a", p.applicationId()).bind("on", p.scheduledOn())
                        .bind("amount", p.amount()).bind("status", p.status()).bind("lines", p.linesJson())
                        .bind("basis", p.basisJson()), "n", p.noticeId(), UUID.class)
                .fetch().rowsUpdated().then();
    }

    public Flux<PaymentRow> ofApplication(UUID applicationId) {
        return db.sql(PAYMENTS + " where application_id = :a order by scheduled_on, id").bind("a", applicationId)
                .map(ProgrammePaymentStore::payment).all();
    }

    public Mono<Long> setStatus(UUID paymentId, String from, String to) {
        return db.sql("update programme_payment set status = :to where id = :id and status = :from")
                .bind("id", paymentId).bind("from", from).bind("to", to).fetch().rowsUpdated();
    }

    public Mono<Void> insertClawback(ClawbackRow c) {
        return Statements.nullable(db.sql("""
                        insert into programme_clawback (id, application_id, ground, ordered_on, amount, cancelled,
                            statement, basis, ordered_by)
                        values (:id, :a, :ground, :on, :amount, :cancelled, :statement, cast(:basis as jsonb), :by)""")
                        .bind("id", c.id()).bind("a", c.applicationId()).bind("ground", c.ground())
                        .bind("on", c.orderedOn()).bind("amount", c.amount()).bind("cancelled", c.cancelled())
                        .bind("basis", c.basisJson()).bind("by", c.orderedBy()), "statement", c.statement(),
                        String.class)
                .fetch().rowsUpdated().then();
    }

    public Mono<ClawbackRow> clawbackOf(UUID applicationId) {
        return db.sql("select *, basis::text as basis_text from programme_clawback where application_id = :a")
                .bind("a", applicationId)
                .map(r -> new ClawbackRow(r.get("id", UUID.class), r.get("application_id", UUID.class),
                        r.get("ground", String.class), r.get("ordered_on", LocalDate.class),
                        r.get("amount", BigDecimal.class), r.get("cancelled", BigDecimal.class),
                        r.get("statement", String.class), r.get("basis_text", String.class),
                        r.get("ordered_by", String.class)))
                .one();
    }

    private static PaymentRow payment(Readable r) {
        return new PaymentRow(r.get("id", UUID.class), r.get("application_id", UUID.class),
                r.get("notice_id", UUID.class), r.get("scheduled_on", LocalDate.class),
                r.get("amount", BigDecimal.class), r.get("status", String.class), r.get("lines_text", String.class),
                r.get("basis_text", String.class));
    }
}
