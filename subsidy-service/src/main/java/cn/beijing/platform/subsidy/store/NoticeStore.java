package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.policy.calendar.PeriodCounting;
import cn.beijing.platform.subsidy.policy.kindergarten.NoticeStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ObjectionStatus;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Public notices (第十四条), their entries and the objections raised during them. */
@Repository
public class NoticeStore {

    /** @param counting how the working days were counted (notices stored before issue 12: {@code FROM_SAME_DAY}) */
    public record NoticeRow(UUID id, LocalDate publishedOn, int workingDays, PeriodCounting counting, LocalDate lastDay,
                            LocalDate earliestPaymentDay, NoticeStatus status, LocalDate closedOn, String basisJson,
                            String publishedBy) {
    }

    public record EntryRow(UUID noticeId, UUID applicationId, BigDecimal amount) {
    }

    public record ObjectionRow(UUID id, UUID noticeId, UUID applicationId, LocalDate receivedOn, String summary,
                               ObjectionStatus status, LocalDate resolvedOn, String recordedBy) {
    }

    private final DatabaseClient db;

    NoticeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(NoticeRow n) {
        return db.sql("""
                insert into public_notice (id, published_on, working_days, period_counting, last_day,
                    earliest_payment_day, status, basis, published_by)
                values (:id, :published, :days, :counting, :last, :earliest, :status, cast(:basis as jsonb), :by)""")
                .bind("id", n.id()).bind("published", n.publishedOn()).bind("days", n.workingDays())
                .bind("counting", n.counting().name())
                .bind("last", n.lastDay()).bind("earliest", n.earliestPaymentDay()).bind("status", n.status().name())
                .bind("basis", n.basisJson()).bind("by", n.publishedBy())
                .fetch().rowsUpdated().then();
    }

    public Mono<NoticeRow> find(UUID id) {
        return db.sql("select *, basis::text as basis_text from public_notice where id = :id").bind("id", id)
                .map(NoticeStore::notice).one();
    }

    public Mono<NoticeRow> lock(UUID id) {
        return db.sql("select *, basis::text as basis_text from public_notice where id = :id for update")
                .bind("id", id).map(NoticeStore::notice).one();
    }

    public Flux<NoticeRow> list() {
        return db.sql("select *, basis::text as basis_text from public_notice order by published_on desc, id")
                .map(NoticeStore::notice).all();
    }

    public Mono<Long> close(UUID id, LocalDate closedOn) {
        return db.sql("update public_notice set status = :closed, closed_on = :on where id = :id and status = :open")
                .bind("id", id).bind("on", closedOn).bind("closed", NoticeStatus.CLOSED.name())
                .bind("open", NoticeStatus.OPEN.name()).fetch().rowsUpdated();
    }

    /** Open notices whose window ended before {@code today} and that have no standing objection, oldest first. */
    public Flux<UUID> dueForClosing(LocalDate today) {
        return db.sql("""
                select n.id from public_notice n
                where n.status = :open and n.last_day < :today
                  and not exists (select 1 from objection o where o.notice_id = n.id and o.status = :standing)
                order by n.last_day, n.id""")
                .bind("today", today).bind("open", NoticeStatus.OPEN.name())
                .bind("standing", ObjectionStatus.STANDING.name()).map(r -> r.get("id", UUID.class)).all();
    }

    public Mono<Boolean> hasStandingObjection(UUID noticeId) {
        return db.sql("select exists (select 1 from objection where notice_id = :n and status = :standing) as standing")
                .bind("n", noticeId).bind("standing", ObjectionStatus.STANDING.name())
                .map(r -> r.get("standing", Boolean.class)).one();
    }

    public Mono<Void> insertEntry(EntryRow e) {
        return db.sql("insert into notice_entry (notice_id, application_id, amount) values (:n, :a, :amount)")
                .bind("n", e.noticeId()).bind("a", e.applicationId()).bind("amount", e.amount())
                .fetch().rowsUpdated().then();
    }

    public Flux<EntryRow> entries(UUID noticeId) {
        return db.sql("select * from notice_entry where notice_id = :n order by application_id").bind("n", noticeId)
                .map(r -> new EntryRow(r.get("notice_id", UUID.class), r.get("application_id", UUID.class),
                        r.get("amount", BigDecimal.class)))
                .all();
    }

    public Mono<Void> insertObjection(ObjectionRow o) {
        return db.sql("""
                insert into objection (id, notice_id, application_id, received_on, summary, status, recorded_by)
                values (:id, :n, :a, :received, :summary, :status, :by)""")
                .bind("id", o.id()).bind("n", o.noticeId()).bind("a", o.applicationId())
                .bind("received", o.receivedOn()).bind("summary", o.summary()).bind("status", o.status().name())
                .bind("by", o.recordedBy())
                .fetch().rowsUpdated().then();
    }

    public Mono<ObjectionRow> objection(UUID noticeId, UUID objectionId) {
        return db.sql("select * from objection where id = :id and notice_id = :n for update")
                .bind("id", objectionId).bind("n", noticeId).map(NoticeStore::objection).one();
    }

    public Flux<ObjectionRow> objections(UUID noticeId) {
        return db.sql("select * from objection where notice_id = :n order by received_on, created_at, id")
                .bind("n", noticeId).map(NoticeStore::objection).all();
    }

    public Flux<ObjectionRow> objectionsOf(UUID applicationId) {
        return db.sql("select * from objection where application_id = :a order by received_on, created_at, id")
                .bind("a", applicationId).map(NoticeStore::objection).all();
    }

    public Mono<Long> resolve(UUID objectionId, ObjectionStatus status, LocalDate resolvedOn) {
        return db.sql("update objection set status = :status, resolved_on = :on where id = :id and status = :standing")
                .bind("id", objectionId).bind("status", status.name()).bind("on", resolvedOn)
                .bind("standing", ObjectionStatus.STANDING.name()).fetch().rowsUpdated();
    }

    private static NoticeRow notice(Readable r) {
        return new NoticeRow(r.get("id", UUID.class), r.get("published_on", LocalDate.class),
                r.get("working_days", Integer.class),
                PeriodCounting.valueOf(r.get("period_counting", String.class)), r.get("last_day", LocalDate.class),
                r.get("earliest_payment_day", LocalDate.class), NoticeStatus.valueOf(r.get("status", String.class)),
                r.get("closed_on", LocalDate.class), r.get("basis_text", String.class),
                r.get("published_by", String.class));
    }

    private static ObjectionRow objection(Readable r) {
        return new ObjectionRow(r.get("id", UUID.class), r.get("notice_id", UUID.class),
                r.get("application_id", UUID.class), r.get("received_on", LocalDate.class),
                r.get("summary", String.class), ObjectionStatus.valueOf(r.get("status", String.class)),
                r.get("resolved_on", LocalDate.class),
                r.get("recorded_by", String.class));
    }
}
