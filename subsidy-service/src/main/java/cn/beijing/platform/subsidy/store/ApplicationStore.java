package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Kindergarten subsidy applications (京技管发〔2024〕30号 第九条–第十四条). */
@Repository
public class ApplicationStore {

    public record ApplicationRow(UUID id, UUID kindergartenId, String organisationId, int year, String kindsJson,
                                 String documentsJson, String rentFactsJson, String aidFactsJson, LocalDate appliedOn,
                                 String status, String checklistJson, String eligibilityJson, String assessmentJson,
                                 Boolean eligible, BigDecimal amount, LocalDate reviewedOn, LocalDate decidedOn,
                                 String decisionReason, UUID noticeId) {

        public ApplicationRow withStatus(String newStatus) {
            return new ApplicationRow(id, kindergartenId, organisationId, year, kindsJson, documentsJson,
                    rentFactsJson, aidFactsJson, appliedOn, newStatus, checklistJson, eligibilityJson, assessmentJson,
                    eligible, amount, reviewedOn, decidedOn, decisionReason, noticeId);
        }
    }

    private static final String SELECT = """
            select id, kindergarten_id, organisation_id, year, kinds::text as kinds, documents::text as documents,
                   rent_facts::text as rent_facts, aid_facts::text as aid_facts, applied_on, status,
                   checklist::text as checklist, eligibility::text as eligibility, assessment::text as assessment,
                   eligible, amount, reviewed_on, decided_on, decision_reason, notice_id
            from kindergarten_application""";

    private final DatabaseClient db;

    ApplicationStore(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Void> insert(ApplicationRow a) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                insert into kindergarten_application (id, kindergarten_id, organisation_id, year, kinds, documents,
                    rent_facts, aid_facts, applied_on, status, checklist)
                values (:id, :k, :org, :year, cast(:kinds as jsonb), cast(:documents as jsonb),
                    cast(:rent as jsonb), cast(:aid as jsonb), :appliedOn, :status, cast(:checklist as jsonb))""")
                .bind("id", a.id()).bind("k", a.kindergartenId()).bind("org", a.organisationId())
                .bind("year", a.year()).bind("kinds", a.kindsJson()).bind("documents", a.documentsJson())
                .bind("appliedOn", a.appliedOn()).bind("status", a.status()).bind("checklist", a.checklistJson());
        spec = bindNullable(spec, "rent", a.rentFactsJson(), String.class);
        spec = bindNullable(spec, "aid", a.aidFactsJson(), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<ApplicationRow> find(UUID id) {
        return db.sql(SELECT + " where id = :id").bind("id", id).map(ApplicationStore::row).one();
    }

    public Mono<ApplicationRow> lock(UUID id) {
        return db.sql(SELECT + " where id = :id for update").bind("id", id).map(ApplicationStore::row).one();
    }

    public Flux<ApplicationRow> list(String organisationId, String status) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        if (organisationId != null) {
            sql.append(" and organisation_id = :org");
        }
        if (status != null) {
            sql.append(" and status = :status");
        }
        sql.append(" order by applied_on, id");
        DatabaseClient.GenericExecuteSpec spec = db.sql(sql.toString());
        if (organisationId != null) {
            spec = spec.bind("org", organisationId);
        }
        if (status != null) {
            spec = spec.bind("status", status);
        }
        return spec.map(ApplicationStore::row).all();
    }

    public Flux<ApplicationRow> byKindergarten(UUID kindergartenId) {
        return db.sql(SELECT + " where kindergarten_id = :k order by applied_on, id").bind("k", kindergartenId)
                .map(ApplicationStore::row).all();
    }

    /** An application of the kindergarten for the year that is not rejected or stopped. */
    public Mono<Boolean> openFor(UUID kindergartenId, int year) {
        return db.sql("""
                select count(*) as n from kindergarten_application
                where kindergarten_id = :k and year = :year and status not in ('REJECTED', 'STOPPED')""")
                .bind("k", kindergartenId).bind("year", year).map(r -> r.get("n", Long.class) > 0).one();
    }

    /** Writes every mutable column; refuses (emits 0) when the status changed since {@code expectedStatus}. */
    public Mono<Long> update(ApplicationRow a, String expectedStatus) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                update kindergarten_application set documents = cast(:documents as jsonb), status = :status,
                    checklist = cast(:checklist as jsonb), eligibility = cast(:eligibility as jsonb),
                    assessment = cast(:assessment as jsonb), eligible = :eligible, amount = :amount,
                    reviewed_on = :reviewedOn, decided_on = :decidedOn, decision_reason = :reason,
                    notice_id = :noticeId, updated_at = now()
                where id = :id and status = :expected""")
                .bind("id", a.id()).bind("expected", expectedStatus).bind("documents", a.documentsJson())
                .bind("status", a.status()).bind("checklist", a.checklistJson());
        spec = bindNullable(spec, "eligibility", a.eligibilityJson(), String.class);
        spec = bindNullable(spec, "assessment", a.assessmentJson(), String.class);
        spec = bindNullable(spec, "eligible", a.eligible(), Boolean.class);
        spec = bindNullable(spec, "amount", a.amount(), BigDecimal.class);
        spec = bindNullable(spec, "reviewedOn", a.reviewedOn(), LocalDate.class);
        spec = bindNullable(spec, "decidedOn", a.decidedOn(), LocalDate.class);
        spec = bindNullable(spec, "reason", a.decisionReason(), String.class);
        spec = bindNullable(spec, "noticeId", a.noticeId(), UUID.class);
        return spec.fetch().rowsUpdated();
    }

    public Mono<Long> setStatus(Collection<UUID> ids, Collection<String> from, String to) {
        if (ids.isEmpty()) {
            return Mono.just(0L);
        }
        return db.sql("update kindergarten_application set status = :to, updated_at = now() "
                        + "where id = any(:ids) and status = any(:from)")
                .bind("to", to).bind("ids", ids.toArray(UUID[]::new)).bind("from", from.toArray(String[]::new))
                .fetch().rowsUpdated();
    }

    public Mono<Long> stopInFlight(UUID kindergartenId) {
        return db.sql("""
                update kindergarten_application set status = 'STOPPED', updated_at = now()
                where kindergarten_id = :k and status in ('SUBMITTED', 'REVIEWED', 'APPROVED', 'IN_NOTICE',
                    'PAYMENT_HELD')""")
                .bind("k", kindergartenId).fetch().rowsUpdated();
    }

    static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                             T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }

    private static ApplicationRow row(Readable r) {
        return new ApplicationRow(r.get("id", UUID.class), r.get("kindergarten_id", UUID.class),
                r.get("organisation_id", String.class), r.get("year", Integer.class), r.get("kinds", String.class),
                r.get("documents", String.class), r.get("rent_facts", String.class), r.get("aid_facts", String.class),
                r.get("applied_on", LocalDate.class), r.get("status", String.class), r.get("checklist", String.class),
                r.get("eligibility", String.class), r.get("assessment", String.class), r.get("eligible", Boolean.class),
                r.get("amount", BigDecimal.class), r.get("reviewed_on", LocalDate.class),
                r.get("decided_on", LocalDate.class), r.get("decision_reason", String.class),
                r.get("notice_id", UUID.class));
    }
}
