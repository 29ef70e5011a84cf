package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.policy.calendar.PeriodCounting;
import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** [platform rule] Public notices of a programme's approved applications, their entries and objections. */
@Repository
public class ProgrammeNoticeStore {

    /** @param counting where day 1 of the notice was (民法典 第二百零一条: the day after publication) */
    public record NoticeRow(UUID id, String programme, LocalDate publishedOn, int workingDays, PeriodCounting counting,
                            LocalDate lastDay,
                            LocalDate earliestPaymentDay, String status, LocalDate closedOn, String basisJson,
                            String publishedBy) {
    }

    public record EntryRow(UUID noticeId, UUID applicationId, BigDecimal amount) {
    }

    public record ObjectionRow(UUID id, UUID noticeId, UUID applicationId, LocalDate receivedOn, String summary,
                               String status, LocalDate resolvedOn, String recordedBy) {
    }

    private static final String SELECT = "select *, basis::text as basis_text from programme_notice";

    private final DatabaseClient db;

    ProgrammeNoticeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(NoticeRow n) {
        return db.sql("""
                insert into programme_notice (id, programme, published_on, working_days, period_counting, last_day,
                    earliest_payment_day, status, basis, published_by)
                values (:id, :programme, :published, :days, :counting, :last, :earliest, :status, cast(:basis as jsonb),
                    :by)""")
                .bind("id", n.id()).bind("programme", n.programme()).bind("published", n.publishedOn())
                .bind("days", n.workingDays()).bind("counting", n.counting().name()).bind("last", n.lastDay()).bind("earliest", n.earliestPaymentDay())
                .bind("status", n.status()).bind("basis", n.basisJson()).bind("by", n.publishedBy())
                .fetch().rowsUpdated().then();
    }

    public Mono<NoticeRow> find(UUID id) {
        return db.sql(SELECT + " where id = :id").bind("id", id).map(ProgrammeNoticeStore::notice).one();
    }

    public Mono<NoticeRow> lock(UUID id) {
        return db.sql(SELECT + " where id = :id for update").bind("id", id).map(ProgrammeNoticeStore::notice).one();
    }

    public Flux<NoticeRow> list() {
        return db.sql(SELECT + " order by published_on desc, id").map(ProgrammeNoticeStore::notice).all();
    }

    public Mono<Long> close(UUID id, LocalDate closedOn) {
        return db.sql("update programme_notice set status = 'CLOSED', closed_on = :on where id = :id and status = 'OPEN'")
                .bind("id", id).bind("on", closedOn).fetch().rowsUpdated();
    }

    /** Open notices whose window ended before {@code today} and that have no standing objection, oldest first. */
    public Flux<UUID> dueForClosing(LocalDate today) {
        return db.sql("""
                select n.id from programme_notice n
                where n.status = 'OPEN' and n.last_day < :today
                  and not exists (select 1 from programme_objection o where o.notice_id = n.id and o.status = 'STANDING')
                order by n.last_day, n.id""")
                .bind("today", today).map(r -> r.get("id", UUID.class)).all();
    }

    public Mono<Void> insertEntry(EntryRow e) {
        return db.sql("insert into programme_notice_entry (notice_id, application_id, amount) values (:n, :a, :amount)")
                .bind("n", e.noticeId()).bind("a", e.applicationId()).bind("amount", e.amount())
                .fetch().rowsUpdated().then();
    }

    public Flux<EntryRow> entries(UUID noticeId) {
        return db.sql("select * from programme_notice_entry where notice_id = :n order by application_id")
                .bind("n", noticeId)
                .map(r -> new EntryRow(r.get("notice_id", UUID.class), r.get("application_id", UUID.class),
                        r.get("amount", BigDecimal.class)))
                .all();
    }

    public Mono<Void> insertObjection(ObjectionRow o) {
        return db.sql("""
                insert into programme_objection (id, notice_id, application_id, received_on, summary, status,
                    recorded_by)
                values (:id, :n, :a, :received, :summary, :status, :by)""")
                .bind("id", o.id()).bind("n", o.noticeId()).bind("a", o.applicationId())
                .bind("received", o.receivedOn()).bind("summary", o.summary()).bind("status", o.status())
                .bind("by", o.recordedBy())
                .fetch().rowsUpdated().then();
    }

    /** The objection, locked. */
    public Mono<ObjectionRow> objection(UUID noticeId, UUID objectionId) {
        return db.sql("select * from programme_objection where id = :id and notice_id = :n for update")
                .bind("id", objectionId).bind("n", noticeId).map(ProgrammeNoticeStore::objection).one();
    }

    public Flux<ObjectionRow> objections(UUID noticeId) {
        return db.sql("select * from programme_objection where notice_id = :n order by received_on, created_at, id")
                .bind("n", noticeId).map(ProgrammeNoticeStore::objection).all();
    }

    public Flux<ObjectionRow> objectionsOf(UUID applicationId) {
        return db.sql("select * from programme_objection where application_id = :a order by received_on, created_at, id")
                .bind("a", applicationId).map(ProgrammeNoticeStore::objection).all();
    }

    public Mono<Long> resolve(UUID objectionId, String status, LocalDate resolvedOn) {
        return db.sql("""
                update programme_objection set status = :status, resolved_on = :on
                where id = :id and status = 'STANDING'""")
                .bind("id", objectionId).bind("status", status).bind("on", resolvedOn).fetch().rowsUpdated();
    }

    private static NoticeRow notice(Readable r) {
        return new NoticeRow(r.get("id", UUID.class), r.get("programme", String.class),
                r.get("published_on", LocalDate.class), r.get("working_days", Integer.class),
                PeriodCounting.valueOf(r.get("period_counting", String.class)), r.get("last_day", LocalDate.class), r.get("earliest_payment_day", LocalDate.class),
                r.get("status", String.class), r.get("closed_on", LocalDate.class), r.get("basis_text", String.class),
                r.get("published_by", String.class));
    }

    private static ObjectionRow objection(Readable r) {
        return new ObjectionRow(r.get("id", UUID.class), r.get("notice_id", UUID.class),
                r.get("application_id", UUID.class), r.get("received_on", LocalDate.class),
                r.get("summary", String.class), r.get("status", String.class), r.get("resolved_on", LocalDate.class),
                r.get("recorded_by", String.class));
    }
}
