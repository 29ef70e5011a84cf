package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.common.paging.Criteria;
import cn.beijing.platform.subsidy.policy.kindergarten.AidClaim;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationAssessment;
import cn.beijing.platform.subsidy.policy.kindergarten.ApplicationStatus;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ChecklistDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplication;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.EligibilityDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.RentClaim;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Kindergarten subsidy applications (京技管发〔2024〕30号 第九条–第十四条), stored as the process knows them: the
 * decisions of each step as JSON written from and read back into their records, the status as the name of its enum,
 * and the derived {@code eligible} and {@code amount} as columns for queries.
 */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApplicationStore {

    private static final String SELECT = """
            select id, kindergarten_id, organisation_id, year, kinds::text as kinds, documents::text as documents,
                   rent_facts::text as rent_facts, aid_facts::text as aid_facts, applied_on, status,
                   checklist::text as checklist, eligibility::text as eligibility, assessment::text as assessment,
                   reviewed_on, decided_on, decision_reason, notice_id
            from kindergarten_application""";

    private final DatabaseClient db;
    private final Jsonb jsonb;

    public Mono<Void> insert(KindergartenApplication a) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                insert into kindergarten_application (id, kindergarten_id, organisation_id, year, kinds, documents,
                    rent_facts, aid_facts, applied_on, status, checklist)
                values (:id, :k, :org, :year, cast(:kinds as jsonb), cast(:documents as jsonb),
                    cast(:rent as jsonb), cast(:aid as jsonb), :appliedOn, :status, cast(:checklist as jsonb))""")
                .bind("id", a.id()).bind("k", a.kindergartenId()).bind("org", a.organisationId())
                .bind("year", a.year()).bind("kinds", jsonb.write(a.kindsInOrder()))
                .bind("documents", jsonb.write(a.documentsInOrder())).bind("appliedOn", a.appliedOn())
                .bind("status", a.status().name()).bind("checklist", jsonb.write(a.checklist()));
        spec = Statements.nullable(spec, "rent", json(a.rent()), String.class);
        spec = Statements.nullable(spec, "aid", json(a.aid()), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Mono<KindergartenApplication> find(UUID id) {
        return db.sql(SELECT + " where id = :id").bind("id", id).map(this::application).one();
    }

    public Mono<KindergartenApplication> lock(UUID id) {
        return db.sql(SELECT + " where id = :id for update").bind("id", id).map(this::application).one();
    }

    public Flux<KindergartenApplication> list(String organisationId, ApplicationStatus status) {
        return new Criteria().and("organisation_id = :org", "org", organisationId)
                .and("status = :status", "status", status == null ? null : status.name())
                .select(db, SELECT, "applied_on, id")
                .map(this::application).all();
    }

    /**
     * The kindergarten has an application for the year that still counts: one whose status is not among
     * {@link ApplicationStatus#CLOSED_WITHOUT_PAYMENT}.
     */
    public Mono<Boolean> openFor(UUID kindergartenId, int year) {
        return db.sql("""
                select count(*) as n from kindergarten_application
                where kindergarten_id = :k and year = :year and status <> all(:closed)""")
                .bind("k", kindergartenId).bind("year", year)
                .bind("closed", names(ApplicationStatus.CLOSED_WITHOUT_PAYMENT))
                .map(r -> r.get("n", Long.class) > 0).one();
    }

    /** Writes every mutable column; refuses (emits 0) when the status changed since {@code expectedStatus}. */
    public Mono<Long> update(KindergartenApplication a, ApplicationStatus expectedStatus) {
        DatabaseClient.GenericExecuteSpec spec = db.sql("""
                update kindergarten_application set documents = cast(:documents as jsonb), status = :status,
                    checklist = cast(:checklist as jsonb), eligibility = cast(:eligibility as jsonb),
                    assessment = cast(:assessment as jsonb), eligible = :eligible, amount = :amount,
                    reviewed_on = :reviewedOn, decided_on = :decidedOn, decision_reason = :reason,
                    notice_id = :noticeId, updated_at = now()
                where id = :id and status = :expected""")
                .bind("id", a.id()).bind("expected", expectedStatus.name())
                .bind("documents", jsonb.write(a.documentsInOrder())).bind("status", a.status().name())
                .bind("checklist", jsonb.write(a.checklist()));
        spec = Statements.nullable(spec, "eligibility", json(a.eligibility()), String.class);
        spec = Statements.nullable(spec, "assessment", json(a.assessment()), String.class);
        spec = Statements.nullable(spec, "eligible", a.eligible(), Boolean.class);
        spec = Statements.nullable(spec, "amount", a.amount(), BigDecimal.class);
        spec = Statements.nullable(spec, "reviewedOn", a.reviewedOn(), LocalDate.class);
        spec = Statements.nullable(spec, "decidedOn", a.decidedOn(), LocalDate.class);
        spec = Statements.nullable(spec, "reason", a.decisionReason(), String.class);
        spec = Statements.nullable(spec, "noticeId", a.noticeId(), UUID.class);
        return spec.fetch().rowsUpdated();
    }

    /** Every application of the kindergarten still {@link ApplicationStatus#IN_FLIGHT} is {@code STOPPED}. */
    public Mono<Long> stopInFlight(UUID kindergartenId) {
        return db.sql("""
                update kindergarten_application set status = :stopped, updated_at = now()
                where kindergarten_id = :k and status = any(:inFlight)""")
                .bind("k", kindergartenId).bind("stopped", ApplicationStatus.STOPPED.name())
                .bind("inFlight", names(ApplicationStatus.IN_FLIGHT))
                .fetch().rowsUpdated();
    }

    private static String[] names(Collection<ApplicationStatus> statuses) {
        return statuses.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private String json(Object value) {
        return value == null ? null : jsonb.write(value);
    }

    private KindergartenApplication application(Readable r) {
        return new KindergartenApplication(r.get("id", UUID.class), r.get("kindergarten_id", UUID.class),
                r.get("organisation_id", String.class), r.get("year", Integer.class),
                enums(r.get("kinds", String.class), SubsidyKind[].class, SubsidyKind.class),
                enums(r.get("documents", String.class), ApplicationDocument[].class, ApplicationDocument.class),
                jsonb.read(r.get("rent_facts", String.class), RentClaim.class),
                jsonb.read(r.get("aid_facts", String.class), AidClaim.class), r.get("applied_on", LocalDate.class),
                ApplicationStatus.valueOf(r.get("status", String.class)),
                jsonb.read(r.get("checklist", String.class), ChecklistDecision.class),
                jsonb.read(r.get("eligibility", String.class), EligibilityDecision.class),
                jsonb.read(r.get("assessment", String.class), ApplicationAssessment.class),
                r.get("reviewed_on", LocalDate.class), r.get("decided_on", LocalDate.class),
                r.get("decision_reason", String.class), r.get("notice_id", UUID.class));
    }

    private <E extends Enum<E>> Set<E> enums(String json, Class<E[]> arrayType, Class<E> type) {
        List<E> values = Arrays.asList(jsonb.read(json, arrayType));
        return values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
