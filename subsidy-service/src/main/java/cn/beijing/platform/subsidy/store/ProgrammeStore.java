package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Applications under 京技管发〔2024〕31号, 33号 and 京人社毕发〔2024〕16号, with one row per claim. */
@Repository
public class ProgrammeStore {

    public record ProgrammeApplicationRow(UUID id, String organisationId, String programme, String projectId,
                                          LocalDate appliedOn, LocalDate eventDate, String status, boolean inScope,
                                          BigDecimal amount, BigDecimal amountTenThousandYuan, String outcomeJson,
                                          LocalDate decidedOn, String decisionReason) {
    }

    /** @param result GRANTED, SUPERSEDED, SERVICE or NOT_QUALIFYING */
    public record ClaimRow(UUID applicationId, int claimNo, String article, String clause, String result,
                           BigDecimal amount, BigDecimal amountTenThousandYuan, String supersededBy,
                           String supersededUnder) {
    }

    private final DatabaseClient db;

    ProgrammeStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(ProgrammeApplicationRow a, List<ClaimRow> claims) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                insert into programme_application (id, organisation_id, programme, project_id, applied_on, event_date,
                    status, in_scope, amount, amount_ten_thousand_yuan, outcome)
                values (:id, :org, :programme, :project, :appliedOn, :eventDate, :status, :inScope, :amount, :wan,
                    cast(:outcome as jsonb))""")
                .bind("id", a.id()).bind("org", a.organisationId()).bind("programme", a.programme())
                .bind("project", a.projectId()).bind("appliedOn", a.appliedOn()).bind("status", a.status())
                .bind("inScope", a.inScope()).bind("amount", a.amount()).bind("wan", a.amountTenThousandYuan())
                .bind("outcome", a.outcomeJson());
        spec = ApplicationStore.bindNullable(spec, "eventDate", a.eventDate(), LocalDate.class);
        return spec.fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(claims).concatMap(c -> {
                    DatabaseClient.GenericExecuteSpec claim = db.sql("""
                            insert into programme_claim (application_id, claim_no, article, clause, result, amount,
                                amount_ten_thousand_yuan, superseded_by, superseded_under)
                            values (:a, :no, :article, :clause, :result, :amount, :wan, :by, :under)""")
                            .bind("a", c.applicationId()).bind("no", c.claimNo()).bind("article", c.article())
                            .bind("result", c.result()).bind("amount", c.amount())
                            .bind("wan", c.amountTenThousandYuan());
                    claim = ApplicationStore.bindNullable(claim, "clause", c.clause(), String.class);
                    claim = ApplicationStore.bindNullable(claim, "by", c.supersededBy(), String.class);
                    claim = ApplicationStore.bindNullable(claim, "under", c.supersededUnder(), String.class);
                    return claim.fetch().rowsUpdated();
                }))
                .then();
    }

    public Mono<ProgrammeApplicationRow> find(UUID id) {
        return db.sql("select *, outcome::text as outcome_text from programme_application where id = :id")
                .bind("id", id).map(ProgrammeStore::row).one();
    }

    public Flux<ProgrammeApplicationRow> list(String organisationId) {
        String sql = "select *, outcome::text as outcome_text from programme_application"
                + (organisationId == null ? "" : " where organisation_id = :org") + " order by applied_on, id";
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql);
        if (organisationId != null) {
            spec = spec.bind("org", organisationId);
        }
        return spec.map(ProgrammeStore::row).all();
    }

    public Flux<ClaimRow> claims(UUID applicationId) {
        return db.sql("select * from programme_claim where application_id = :a order by claim_no")
                .bind("a", applicationId)
                .map(r -> new ClaimRow(r.get("application_id", UUID.class), r.get("claim_no", Integer.class),
                        r.get("article", String.class), r.get("clause", String.class), r.get("result", String.class),
                        r.get("amount", BigDecimal.class), r.get("amount_ten_thousand_yuan", BigDecimal.class),
                        r.get("superseded_by", String.class), r.get("superseded_under", String.class)))
                .all();
    }

    public Mono<Long> decide(UUID id, String status, LocalDate decidedOn, String reason) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                update programme_application set status = :status, decided_on = :on, decision_reason = :reason
                where id = :id and status = 'SUBMITTED'""")
                .bind("id", id).bind("status", status).bind("on", decidedOn);
        spec = ApplicationStore.bindNullable(spec, "reason", reason, String.class);
        return spec.fetch().rowsUpdated();
    }

    private static ProgrammeApplicationRow row(Readable r) {
        return new ProgrammeApplicationRow(r.get("id", UUID.class), r.get("organisation_id", String.class),
                r.get("programme", String.class), r.get("project_id", String.class),
                r.get("applied_on", LocalDate.class), r.get("event_date", LocalDate.class),
                r.get("status", String.class), Boolean.TRUE.equals(r.get("in_scope", Boolean.class)),
                r.get("amount", BigDecimal.class), r.get("amount_ten_thousand_yuan", BigDecimal.class),
                r.get("outcome_text", String.class), r.get("decided_on", LocalDate.class),
                r.get("decision_reason", String.class));
    }
}
