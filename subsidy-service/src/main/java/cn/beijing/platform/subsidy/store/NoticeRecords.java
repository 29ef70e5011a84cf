package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.subsidy.policy.kindergarten.NoticeStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.ObjectionStatus;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every public notice keeps (京技管发〔2024〕30号 第十四条, and the programme notices counted like it): its
 * entries, the objections received during its window and their resolution, its closing, and which open notices are
 * due. Each kind of notice has tables of its own, named by its store, which also reads and writes the notice itself.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public abstract class NoticeRecords {

    public record EntryRow(UUID noticeId, UUID applicationId, BigDecimal amount) {
    }

    public record ObjectionRow(UUID id, UUID noticeId, UUID applicationId, LocalDate receivedOn, String summary,
                               ObjectionStatus status, LocalDate resolvedOn, String recordedBy) {
    }

    /** The tables of one kind of notice: the notices, their entries, the objections against the entries. */
    record Tables(String notices, String entries, String objections) {
    }

    final DatabaseClient db;
    private final Tables tables;

    /** Closes the notice if it is still open; returns how many rows changed (0: it was closed already). */
    public Mono<Long> close(UUID id, LocalDate closedOn) {
        return db.sql("update " + tables.notices()
                        + " set status = :closed, closed_on = :on where id = :id and status = :open")
                .bind("id", id).bind("on", closedOn).bind("closed", NoticeStatus.CLOSED.name())
                .bind("open", NoticeStatus.OPEN.name()).fetch().rowsUpdated();
    }

    /** Open notices whose window ended before {@code today} and that have no standing objection, oldest first. */
    public Flux<UUID> dueForClosing(LocalDate today) {
        return db.sql("select n.id from " + tables.notices() + " n where n.status = :open and n.last_day < :today"
                        + " and not exists (select 1 from " + tables.objections() + " o where o.notice_id = n.id"
                        + " and o.status = :standing) order by n.last_day, n.id")
                .bind("today", today).bind("open", NoticeStatus.OPEN.name())
                .bind("standing", ObjectionStatus.STANDING.name()).map(r -> r.get("id", UUID.class)).all();
    }

    public Mono<Boolean> hasStandingObjection(UUID noticeId) {
        return db.sql("select exists (select 1 from " + tables.objections()
                        + " where notice_id = :n and status = :standing) as standing")
                .bind("n", noticeId).bind("standing", ObjectionStatus.STANDING.name())
                .map(r -> r.get("standing", Boolean.class)).one();
    }

    public Mono<Void> insertEntry(EntryRow e) {
        return db.sql("insert into " + tables.entries()
                        + " (notice_id, application_id, amount) values (:n, :a, :amount)")
                .bind("n", e.noticeId()).bind("a", e.applicationId()).bind("amount", e.amount())
                .fetch().rowsUpdated().then();
    }

    public Flux<EntryRow> entries(UUID noticeId) {
        return db.sql("select * from " + tables.entries() + " where notice_id = :n order by application_id")
                .bind("n", noticeId)
                .map(r -> new EntryRow(r.get("notice_id", UUID.class), r.get("application_id", UUID.class),
                        r.get("amount", BigDecimal.class)))
                .all();
    }

    public Mono<Void> insertObjection(ObjectionRow o) {
        return db.sql("insert into " + tables.objections()
                        + " (id, notice_id, application_id, received_on, summary, status, recorded_by)"
                        + " values (:id, :n, :a, :received, :summary, :status, :by)")
                .bind("id", o.id()).bind("n", o.noticeId()).bind("a", o.applicationId())
                .bind("received", o.receivedOn()).bind("summary", o.summary()).bind("status", o.status().name())
                .bind("by", o.recordedBy())
                .fetch().rowsUpdated().then();
    }

    /** The objection, locked. */
    public Mono<ObjectionRow> objection(UUID noticeId, UUID objectionId) {
        return db.sql("select * from " + tables.objections() + " where id = :id and notice_id = :n for update")
                .bind("id", objectionId).bind("n", noticeId).map(NoticeRecords::objection).one();
    }

    public Flux<ObjectionRow> objections(UUID noticeId) {
        return db.sql("select * from " + tables.objections()
                        + " where notice_id = :n order by received_on, created_at, id")
                .bind("n", noticeId).map(NoticeRecords::objection).all();
    }

    public Flux<ObjectionRow> objectionsOf(UUID applicationId) {
        return db.sql("select * from " + tables.objections()
                        + " where application_id = :a order by received_on, created_at, id")
                .bind("a", applicationId).map(NoticeRecords::objection).all();
    }

    /** Resolves a standing objection; returns how many rows changed (0: it was resolved already). */
    public Mono<Long> resolve(UUID objectionId, ObjectionStatus status, LocalDate resolvedOn) {
        return db.sql("update " + tables.objections()
                        + " set status = :status, resolved_on = :on where id = :id and status = :standing")
                .bind("id", objectionId).bind("status", status.name()).bind("on", resolvedOn)
                .bind("standing", ObjectionStatus.STANDING.name()).fetch().rowsUpdated();
    }

    private static ObjectionRow objection(Readable r) {
        return new ObjectionRow(r.get("id", UUID.class), r.get("notice_id", UUID.class),
                r.get("application_id", UUID.class), r.get("received_on", LocalDate.class),
                r.get("summary", String.class), ObjectionStatus.valueOf(r.get("status", String.class)),
                r.get("resolved_on", LocalDate.class), r.get("recorded_by", String.class));
    }
}
