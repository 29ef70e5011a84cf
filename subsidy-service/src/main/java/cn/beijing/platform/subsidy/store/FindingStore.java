package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import cn.beijing.platform.common.paging.Criteria;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingOutcome;
import cn.beijing.platform.subsidy.policy.kindergarten.FindingStatus;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Findings against a kindergarten (第十九条–第二十一条) and the clawbacks they order. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FindingStore {

    public record FindingRow(UUID id, UUID kindergartenId, String ground, LocalDate eventOn,
                             LocalDate violationStartedOn, LocalDate rectificationDeadline, LocalDate rectifiedOn,
                             BigDecimal relatedFunds, boolean suspectedCrime, FindingStatus status,
                             FindingOutcome outcome,
                             String decisionJson, BigDecimal recoveryTotal, LocalDate evaluatedOn, String recordedBy) {
    }

    public record ClawbackRow(UUID id, UUID findingId, UUID kindergartenId, String ground, LocalDate orderedOn,
                              BigDecimal amount, String recoveriesJson, String basisJson) {
    }

    private final DatabaseClient db;

    public Mono<Void> insert(FindingRow f) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                insert into finding (id, kindergarten_id, ground, event_on, violation_started_on, rectification_deadline,
                    rectified_on, related_funds, suspected_crime, status, outcome, decision, recovery_total,
                    evaluated_on, recorded_by)
                values (:id, :k, :ground, :eventOn, :violationFrom, :deadline, :rectifiedOn, :funds, :crime, :status,
                    :outcome, cast(:decision as jsonb), :recovery, :evaluatedOn, :by)""")
                .bind("id", f.id()).bind("k", f.kindergartenId()).bind("ground", f.ground())
                .bind("eventOn", f.eventOn()).bind("crime", f.suspectedCrime()).bind("status", f.status().name())
                .bind("outcome", f.outcome().name()).bind("decision", f.decisionJson()).bind("recovery", f.recoveryTotal())
                .bind("evaluatedOn", f.evaluatedOn()).bind("by", f.recordedBy());
        spec = Statements.nullable(spec, "violationFrom", f.violationStartedOn(), LocalDate.class);
        spec = Statements.nullable(spec, "deadline", f.rectificationDeadline(), LocalDate.class);
        spec = Statements.nullable(spec, "rectifiedOn", f.rectifiedOn(), LocalDate.class);
        spec = Statements.nullable(spec, "funds", f.relatedFunds(), BigDecimal.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<FindingRow> lock(UUID kindergartenId, UUID id) {
        return db.sql("select *, decision::text as decision_text from finding where id = :id and kindergarten_id = :k for update")
                .bind("id", id).bind("k", kindergartenId).map(FindingStore::finding).one();
    }

    public Flux<FindingRow> byKindergarten(UUID kindergartenId) {
        return db.sql("select *, decision::text as decision_text from finding where kindergarten_id = :k "
                        + "order by event_on, created_at, id")
                .bind("k", kindergartenId).map(FindingStore::finding).all();
    }

    /** Decides a pending finding; emits 0 when it is no longer pending. */
    public Mono<Long> update(UUID id, FindingStatus status, FindingOutcome outcome, LocalDate rectifiedOn,
                             String decisionJson, BigDecimal recoveryTotal, LocalDate evaluatedOn) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                update finding set status = :status, outcome = :outcome, rectified_on = :rectifiedOn,
                    decision = cast(:decision as jsonb), recovery_total = :recovery, evaluated_on = :evaluatedOn
                where id = :id and status = :pending""")
                .bind("id", id).bind("status", status.name()).bind("outcome", outcome.name())
                .bind("pending", FindingStatus.PENDING.name()).bind("decision", decisionJson)
                .bind("recovery", recoveryTotal).bind("evaluatedOn", evaluatedOn);
        spec = Statements.nullable(spec, "rectifiedOn", rectifiedOn, LocalDate.class);
        return spec.fetch().rowsUpdated();
    }

    public Mono<Void> insertClawback(ClawbackRow c) {
        return db.sql("""
                insert into clawback (id, finding_id, kindergarten_id, ground, ordered_on, amount, recoveries, basis)
                values (:id, :f, :k, :ground, :on, :amount, cast(:recoveries as jsonb), cast(:basis as jsonb))""")
                .bind("id", c.id()).bind("f", c.findingId()).bind("k", c.kindergartenId()).bind("ground", c.ground())
                .bind("on", c.orderedOn()).bind("amount", c.amount()).bind("recoveries", c.recoveriesJson())
                .bind("basis", c.basisJson())
                .fetch().rowsUpdated().then();
    }

    public Mono<ClawbackRow> clawbackOf(UUID findingId) {
        return db.sql("select *, recoveries::text as recoveries_text, basis::text as basis_text from clawback "
                        + "where finding_id = :f")
                .bind("f", findingId).map(FindingStore::clawback).one();
    }

    public Flux<ClawbackRow> clawbacks(UUID kindergartenId) {
        return new Criteria().and("kindergarten_id = :k", "k", kindergartenId)
                .select(db, "select *, recoveries::text as recoveries_text, basis::text as basis_text from clawback",
                        "ordered_on, id")
                .map(FindingStore::clawback).all();
    }

    private static FindingRow finding(Readable r) {
        return new FindingRow(r.get("id", UUID.class), r.get("kindergarten_id", UUID.class),
                r.get("ground", String.class), r.get("event_on", LocalDate.class),
                r.get("violation_started_on", LocalDate.class), r.get("rectification_deadline", LocalDate.class),
                r.get("rectified_on", LocalDate.class), r.get("related_funds", BigDecimal.class),
                Boolean.TRUE.equals(r.get("suspected_crime", Boolean.class)), FindingStatus.valueOf(r.get("status", String.class)),
                FindingOutcome.valueOf(r.get("outcome", String.class)), r.get("decision_text", String.class),
                r.get("recovery_total", BigDecimal.class), r.get("evaluated_on", LocalDate.class),
                r.get("recorded_by", String.class));
    }

    private static ClawbackRow clawback(Readable r) {
        return new ClawbackRow(r.get("id", UUID.class), r.get("finding_id", UUID.class),
                r.get("kindergarten_id", UUID.class), r.get("ground", String.class),
                r.get("ordered_on", LocalDate.class), r.get("amount", BigDecimal.class),
                r.get("recoveries_text", String.class), r.get("basis_text", String.class));
    }
}
