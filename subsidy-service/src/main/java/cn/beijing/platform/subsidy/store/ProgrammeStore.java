package cn.beijing.platform.subsidy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.common.paging.Criteria;
import io.r2dbc.spi.Readable;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Applications under 京技管发〔2024〕31号, 33号 and 京人社毕发〔2024〕16号, with one row per claim. */
@Repository
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeStore {

    /**
     * @param sameProject the claims are one project (33号 三、附则 4; always for 31号)
     * @param supportYear the year its exclusive groups are counted in, set on approval
     */
    public record ProgrammeApplicationRow(UUID id, String organisationId, String programme, String projectId,
                                          LocalDate appliedOn, LocalDate eventDate, String status, boolean inScope,
                                          BigDecimal amount, BigDecimal amountTenThousandYuan, String outcomeJson,
                                          LocalDate decidedOn, String decisionReason, boolean sameProject,
                                          Integer supportYear, BigDecimal approvedAmount,
                                          BigDecimal approvedAmountTenThousandYuan, String approvalBasisJson,
                                          UUID noticeId) {
    }

    /**
     * @param result         GRANTED, SUPERSEDED, SERVICE, NOT_QUALIFYING or PREDECESSOR_POLICY (on submission)
     * @param approvalResult GRANTED, TOPPED_UP or SUPERSEDED_BY_EARLIER_APPROVAL (on approval, granted claims only)
     */
    public record ClaimRow(UUID applicationId, int claimNo, String article, String clause, String result,
                           BigDecimal amount, BigDecimal amountTenThousandYuan, String supersededBy,
                           String supersededUnder, LocalDate periodStart, LocalDate periodEnd, String approvalResult,
                           BigDecimal approvedAmount, UUID earlierApplicationId, String earlierArticle,
                           String exclusiveGroupsJson) {

        /** A claim as decided on submission. */
        public ClaimRow(UUID applicationId, int claimNo, String article, String clause, String result,
                        BigDecimal amount, BigDecimal amountTenThousandYuan, String supersededBy,
                        String supersededUnder, LocalDate periodStart, LocalDate periodEnd) {
            this(applicationId, claimNo, article, clause, result, amount, amountTenThousandYuan, supersededBy,
                    supersededUnder, periodStart, periodEnd, null, null, null, null, null);
        }
    }

    /** What an approval decided about one claim. */
    public record ClaimApprovalRow(int claimNo, String approvalResult, BigDecimal approvedAmount,
                                   UUID earlierApplicationId, String earlierArticle, String exclusiveGroupsJson) {
    }

    /**
     * A claim of an earlier approval that still stands, with its exclusive groups ({@code null} for an approval made
     * before they were recorded) and what derives them.
     */
    public record StandingClaimRow(UUID applicationId, int claimNo, String article, String clause,
                                   BigDecimal approvedAmount, String exclusiveGroupsJson, String programme,
                                   String projectId, boolean sameProject, Integer supportYear) {
    }

    private static final String SELECT = "select *, outcome::text as outcome_text, "
            + "approval_basis::text as approval_basis_text from programme_application";

    private final DatabaseClient db;

    public Mono<Void> insert(ProgrammeApplicationRow a, List<ClaimRow> claims) {
        GenericExecuteSpec spec = db.sql("""
                insert into programme_application (id, organisation_id, programme, project_id, applied_on, event_date,
                    status, in_scope, amount, amount_ten_thousand_yuan, outcome, same_project)
                values (:id, :org, :programme, :project, :appliedOn, :eventDate, :status, :inScope, :amount, :wan,
                    cast(:outcome as jsonb), :sameProject)""")
                .bind("id", a.id()).bind("org", a.organisationId()).bind("programme", a.programme())
                .bind("project", a.projectId()).bind("appliedOn", a.appliedOn()).bind("status", a.status())
                .bind("inScope", a.inScope()).bind("amount", a.amount()).bind("wan", a.amountTenThousandYuan())
                .bind("outcome", a.outcomeJson()).bind("sameProject", a.sameProject());
        spec = Statements.nullable(spec, "eventDate", a.eventDate(), LocalDate.class);
        return spec.fetch().rowsUpdated()
                .thenMany(Flux.fromIterable(claims).concatMap(c -> {
                    GenericExecuteSpec claim = db.sql("""
                            insert into programme_claim (application_id, claim_no, article, clause, result, amount,
                                amount_ten_thousand_yuan, superseded_by, superseded_under, period_start, period_end)
                            values (:a, :no, :article, :clause, :result, :amount, :wan, :by, :under, :from, :to)""")
                            .bind("a", c.applicationId()).bind("no", c.claimNo()).bind("article", c.article())
                            .bind("result", c.result()).bind("amount", c.amount())
                            .bind("wan", c.amountTenThousandYuan());
                    claim = Statements.nullable(claim, "clause", c.clause(), String.class);
                    claim = Statements.nullable(claim, "by", c.supersededBy(), String.class);
                    claim = Statements.nullable(claim, "under", c.supersededUnder(), String.class);
                    claim = Statements.nullable(claim, "from", c.periodStart(), LocalDate.class);
                    claim = Statements.nullable(claim, "to", c.periodEnd(), LocalDate.class);
                    return claim.fetch().rowsUpdated();
                }))
                .then();
    }

    public Mono<ProgrammeApplicationRow> find(UUID id) {
        return db.sql(SELECT + " where id = :id")
                .bind("id", id).map(ProgrammeStore::row).one();
    }

    /** The row, locked until the transaction ends. */
    public Mono<ProgrammeApplicationRow> lock(UUID id) {
        return db.sql(SELECT + " where id = :id for update")
                .bind("id", id).map(ProgrammeStore::row).one();
    }

    public Flux<ProgrammeApplicationRow> list(String organisationId) {
        return new Criteria().and("organisation_id = :org", "org", organisationId)
                .select(db, SELECT, "applied_on, id")
                .map(ProgrammeStore::row).all();
    }

    public Flux<ClaimRow> claims(UUID applicationId) {
        return db.sql("""
                select *, exclusive_groups::text as groups_text from programme_claim where application_id = :a
                order by claim_no""")
                .bind("a", applicationId)
                .map(r -> new ClaimRow(r.get("application_id", UUID.class), r.get("claim_no", Integer.class),
                        r.get("article", String.class), r.get("clause", String.class), r.get("result", String.class),
                        r.get("amount", BigDecimal.class), r.get("amount_ten_thousand_yuan", BigDecimal.class),
                        r.get("superseded_by", String.class), r.get("superseded_under", String.class),
                        r.get("period_start", LocalDate.class), r.get("period_end", LocalDate.class),
                        r.get("approval_result", String.class), r.get("approved_amount", BigDecimal.class),
                        r.get("earlier_application_id", UUID.class), r.get("earlier_article", String.class),
                        r.get("groups_text", String.class)))
                .all();
    }

    /**
     * Serialises, until the transaction ends, the approvals of one applicant organisation: each reads the grants of
     * the others (不重复), so two approvals of the same applicant never decide on the same standing grants at once.
     */
    public Mono<Void> lockApplicant(String organisationId) {
        return db.sql("select pg_advisory_xact_lock(hashtext('programme-applicant:' || :org))")
                .bind("org", organisationId).fetch().first().then();
    }

    /** A rejection: from SUBMITTED only; emits the rows changed. */
    public Mono<Long> reject(UUID id, LocalDate decidedOn, String reason) {
        GenericExecuteSpec spec = db.sql("""
                update programme_application set status = 'REJECTED', decided_on = :on, decision_reason = :reason
                where id = :id and status = 'SUBMITTED'""")
                .bind("id", id).bind("on", decidedOn);
        return Statements.nullable(spec, "reason", reason, String.class).fetch().rowsUpdated();
    }

    /** An approval with what it pays, claim by claim; from SUBMITTED only; emits the rows changed. */
    public Mono<Long> approve(UUID id, LocalDate decidedOn, String reason, int supportYear, BigDecimal approvedAmount,
                              BigDecimal approvedTenThousandYuan, String basisJson, List<ClaimApprovalRow> claims) {
        GenericExecuteSpec spec = db.sql("""
                update programme_application set status = 'APPROVED', decided_on = :on, decision_reason = :reason,
                    support_year = :year, approved_amount = :amount, approved_amount_ten_thousand_yuan = :wan,
                    approval_basis = cast(:basis as jsonb)
                where id = :id and status = 'SUBMITTED'""")
                .bind("id", id).bind("on", decidedOn).bind("year", supportYear).bind("amount", approvedAmount)
                .bind("wan", approvedTenThousandYuan).bind("basis", basisJson);
        return Statements.nullable(spec, "reason", reason, String.class).fetch().rowsUpdated()
                .flatMap(n -> n == 0 ? Mono.just(0L) : Flux.fromIterable(claims).concatMap(c -> {
                    GenericExecuteSpec claim = db.sql("""
                            update programme_claim set approval_result = :result, approved_amount = :amount,
                                earlier_application_id = :earlier, earlier_article = :earlierArticle,
                                exclusive_groups = cast(:groups as jsonb)
                            where application_id = :a and claim_no = :no""")
                            .bind("a", id).bind("no", c.claimNo()).bind("result", c.approvalResult())
                            .bind("amount", c.approvedAmount()).bind("groups", c.exclusiveGroupsJson());
                    claim = Statements.nullable(claim, "earlier", c.earlierApplicationId(), UUID.class);
                    claim = Statements.nullable(claim, "earlierArticle", c.earlierArticle(), String.class);
                    return claim.fetch().rowsUpdated();
                }).then(Mono.just(n)));
    }

    /** Moves an application from one status to another; emits the rows changed (0: it was not in {@code from}). */
    public Mono<Long> transition(UUID id, String from, String to) {
        return db.sql("update programme_application set status = :to where id = :id and status = :from")
                .bind("id", id).bind("from", from).bind("to", to).fetch().rowsUpdated();
    }

    /** Puts an approved application on a notice. */
    public Mono<Long> putOnNotice(UUID id, UUID noticeId, String from, String to) {
        return db.sql("""
                update programme_application set status = :to, notice_id = :notice where id = :id and status = :from""")
                .bind("id", id).bind("notice", noticeId).bind("from", from).bind("to", to).fetch().rowsUpdated();
    }

    /**
     * The claims, with something approved, of the organisation's applications in {@code statuses} other than
     * {@code except}: what its earlier approvals still grant.
     */
    public Flux<StandingClaimRow> standingClaims(String organisationId, Collection<String> statuses, UUID except) {
        return db.sql("""
                select c.application_id, c.claim_no, c.article, c.clause, c.approved_amount,
                       c.exclusive_groups::text as groups_text, a.programme, a.project_id, a.same_project,
                       a.support_year
                from programme_claim c join programme_application a on a.id = c.application_id
                where a.organisation_id = :org and a.id <> :except and a.status = any(:statuses)
                  and c.approved_amount > 0
                order by a.decided_on, a.id, c.claim_no""")
                .bind("org", organisationId).bind("except", except)
                .bind("statuses", statuses.toArray(new String[0]))
                .map(r -> new StandingClaimRow(r.get("application_id", UUID.class), r.get("claim_no", Integer.class),
                        r.get("article", String.class), r.get("clause", String.class),
                        r.get("approved_amount", BigDecimal.class), r.get("groups_text", String.class),
                        r.get("programme", String.class), r.get("project_id", String.class),
                        Boolean.TRUE.equals(r.get("same_project", Boolean.class)),
                        r.get("support_year", Integer.class)))
                .all();
    }

    private static ProgrammeApplicationRow row(Readable r) {
        return new ProgrammeApplicationRow(r.get("id", UUID.class), r.get("organisation_id", String.class),
                r.get("programme", String.class), r.get("project_id", String.class),
                r.get("applied_on", LocalDate.class), r.get("event_date", LocalDate.class),
                r.get("status", String.class), Boolean.TRUE.equals(r.get("in_scope", Boolean.class)),
                r.get("amount", BigDecimal.class), r.get("amount_ten_thousand_yuan", BigDecimal.class),
                r.get("outcome_text", String.class), r.get("decided_on", LocalDate.class),
                r.get("decision_reason", String.class), Boolean.TRUE.equals(r.get("same_project", Boolean.class)),
                r.get("support_year", Integer.class), r.get("approved_amount", BigDecimal.class),
                r.get("approved_amount_ten_thousand_yuan", BigDecimal.class), r.get("approval_basis_text", String.class),
                r.get("notice_id", UUID.class));
    }
}
