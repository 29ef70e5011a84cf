package cn.beijing.platform.guardianship.store;

import cn.beijing.platform.common.paging.Criteria;
import java.time.OffsetDateTime;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The access audit trail (append-only): every read and write of an assessment, allowed or refused. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AccessAuditTrail {

    private final DatabaseClient db;

    /**
     * @param assessmentAgencyId the agency whose trail the row belongs to; null when no such assessment exists
     */
    public Mono<Void> record(OffsetDateTime at, String subject, String roles, String agencyClaim, UUID assessmentId,
                             String assessmentAgencyId, String action, String outcome, String reason, String requestId) {
        DatabaseClient.GenericExecuteSpec insert = db.sql("""
                insert into access_audit (at, subject, roles, agency_claim, assessment_id, assessment_agency_id, action,
                                          outcome, reason, request_id)
                values (:at, :subject, :roles, :agencyClaim, :assessmentId, :assessmentAgency, :action, :outcome,
                        :reason, :requestId)
                """)
                .bind("at", at).bind("subject", subject).bind("roles", roles)
                .bind("action", action).bind("outcome", outcome);
        insert = bindNullable(insert, "agencyClaim", agencyClaim, String.class);
        insert = bindNullable(insert, "assessmentId", assessmentId, UUID.class);
        insert = bindNullable(insert, "assessmentAgency", assessmentAgencyId, String.class);
        insert = bindNullable(insert, "reason", reason, String.class);
        insert = bindNullable(insert, "requestId", requestId, String.class);
        return insert.fetch().rowsUpdated().then();
    }

    public Flux<AuditEntry> forAssessment(UUID assessmentId) {
        return db.sql("select * from access_audit where assessment_id = :id order by id")
                .bind("id", assessmentId)
                .mapProperties(AuditEntry.class).all();
    }

    /**
     * One page of an agency's trail, newest first (by entry id, which follows recording order): the rows whose
     * {@code assessment_agency_id} is the agency — accesses to its assessments (allowed or denied), its supervisors'
     * listings. Probes on unknown ids (no agency) and other agencies' rows are never selected.
     */
    public Flux<AuditEntry> forAgency(AgencyTrailQuery query) {
        Criteria criteria = new Criteria()
                .require("assessment_agency_id = :agency", "agency", query.agencyId())
                .and("at >= :from", "from", query.fromInclusive())
                .and("at < :to", "to", query.toExclusive())
                .and("subject = :subject", "subject", query.subject())
                .and("outcome = :outcome", "outcome", query.outcome())
                .and("id < :before", "before", query.beforeId());
        return criteria.bind(db.sql("select * from access_audit" + criteria.where() + " order by id desc limit :limit"))
                .bind("limit", query.limit())
                .mapProperties(AuditEntry.class).all();
    }

    /**
     * A page request on one agency's trail; null filters are not applied.
     *
     * @param beforeId keyset cursor: only entries with a smaller id (older); null for the first page
     */
    public record AgencyTrailQuery(String agencyId, OffsetDateTime fromInclusive, OffsetDateTime toExclusive,
                                   String subject, String outcome, Long beforeId, int limit) {
    }

    private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec, String name,
                                                                    T value, Class<T> type) {
        return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
    }
}
