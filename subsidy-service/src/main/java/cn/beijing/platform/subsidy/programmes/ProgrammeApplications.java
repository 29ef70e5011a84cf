package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.FieldError;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.subsidy.access.Callers;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.EnteredDay;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;
import cn.beijing.platform.subsidy.policy.ProgrammeDisbursement;
import cn.beijing.platform.subsidy.policy.SupportWithoutDuplication;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.ProgrammeStore;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ClaimApprovalRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ClaimRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ProgrammeApplicationRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.StandingClaimRow;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Applications under 京技管发〔2024〕31号 (从优不重复), 33号 (就高不重复) and 京人社毕发〔2024〕16号: evaluated on
 * submission by the same policy code as the calculators; every claim is recorded as GRANTED, SUPERSEDED (by which
 * claim, under which article), SERVICE (31号 措施13/15), NOT_QUALIFYING or PREDECESSOR_POLICY (16号). An officer
 * rejects or approves; an approval is decided against the applicant's earlier approvals that still stand by the
 * programme's disbursement rule (不重复 across approvals, refused with its basis when nothing is left to pay), then
 * waits for its programme's public notice ({@link ProgrammeNotices}) or, for a programme paid without one, schedules
 * its payment at once ({@link ProgrammePayments}). Support paid or scheduled can be recovered.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgrammeApplications {

    private final SciTechCultureMeasures sciTechCulture;
    private final IndustrialFinanceArticles industrialFinance;
    private final JobExpansionSubsidy jobExpansion;
    private final Disbursements disbursements;
    private final ProgrammePayments payments;
    private final ProgrammeStore store;
    private final Jsonb jsonb;
    private final Clock clock;

    /** 16号: the hires of one employer. */
    public record Hires(boolean employerIsEnterprise, List<JobExpansionSubsidy.Hire> hires) {
    }

    public record Submission(Programme programme, String projectId, LocalDate appliedOn, LocalDate eventDate,
                             ApplicantStanding standing, Map<String, JsonNode> sciTechCulture,
                             Map<String, JsonNode> industrialFinance, Boolean sameProject, Hires youthEmployment) {
    }

    /**
     * @param approvalResult GRANTED, TOPPED_UP or SUPERSEDED_BY_EARLIER_APPROVAL once approved (claims granted on
     *                       submission), with the earlier approval it was measured against
     */
    public record ClaimView(String article, String clause, String result, BigDecimal amount,
                            BigDecimal amountTenThousandYuan, String supersededBy, String supersededUnder,
                            String approvalResult, BigDecimal approvedAmount, UUID earlierApplicationId,
                            String earlierArticle) {
    }

    /**
     * @param approvedAmount what the approval pays (the submission's {@code amount} less what earlier approvals
     *                       already granted)
     * @param approvalBasis  the articles the approval rests on
     */
    public record ProgrammeApplicationView(UUID id, String programme, String document, String projectId,
                                           LocalDate appliedOn, LocalDate eventDate, String status, boolean inScope,
                                           BigDecimal amount, BigDecimal amountTenThousandYuan,
                                           List<ClaimView> claims, JsonNode outcome, LocalDate decidedOn,
                                           String decisionReason, BigDecimal approvedAmount,
                                           BigDecimal approvedAmountTenThousandYuan, List<Basis> approvalBasis,
                                           UUID noticeId, ProgrammePayments.PaymentView payment,
                                           ProgrammePayments.ClawbackView clawback) {
    }

    private record Evaluated(boolean inScope, BigDecimal amount, BigDecimal amountTenThousandYuan, Object outcome,
                             List<ClaimRow> claims) {
    }

    public Mono<ProgrammeApplicationView> submit(CurrentUser user, Submission s) {
        String organisation = Callers.organisation(user);
        LocalDate appliedOn = EnteredDay.orToday("appliedOn", s.appliedOn(), today());
        checkBlocks(s);
        UUID id = UUID.randomUUID();
        Evaluated evaluated = switch (s.programme()) {
            case SCI_TECH_CULTURE -> sciTechCulture(id, s, appliedOn);
            case INDUSTRIAL_FINANCE -> industrialFinance(id, s, appliedOn);
            case YOUTH_EMPLOYMENT -> youth(id, s, appliedOn);
        };
        // 31号 applications are one project each (三、附则 12); 33号 says so with sameProject (三、附则 4)
        boolean sameProject = s.programme() == Programme.SCI_TECH_CULTURE || Boolean.TRUE.equals(s.sameProject());
        ProgrammeApplicationRow row = new ProgrammeApplicationRow(id, organisation, s.programme().name(),
                s.projectId(), appliedOn, s.eventDate(), ProgrammeStatus.SUBMITTED.name(), evaluated.inScope(),
                evaluated.amount(), evaluated.amountTenThousandYuan(), jsonb.write(evaluated.outcome()), null, null,
                sameProject, null, null, null, null, null);
        return store.insert(row, evaluated.claims()).then(Mono.defer(() -> view(row)));
    }

    /**
     * Rejection is always possible while submitted. Approval needs something granted in scope on submission
     * (NOTHING_TO_GRANT) and something left to pay after the applicant's earlier approvals that still stand (the
     * programme's code, e.g. HIGHEST_ONLY_ALREADY_GRANTED, with the basis of the exclusive group); a programme paid
     * without notice is scheduled for payment at once. Call inside the command's transaction.
     */
    public Mono<ProgrammeApplicationView> decide(UUID id, boolean approve, LocalDate decidedOn, String reason) {
        LocalDate on = EnteredDay.orToday("decidedOn", decidedOn, today());
        return store.lock(id).switchIfEmpty(Mono.error(new NotFoundException("programme application " + id)))
                .flatMap(a -> {
                    if (ProgrammeStatus.valueOf(a.status()) != ProgrammeStatus.SUBMITTED) {
                        return Mono.error(new ConflictException("the application is already " + a.status()));
                    }
                    if (on.isBefore(a.appliedOn())) {
                        return Mono.error(new InvalidInputException("decidedOn", "is before the application"));
                    }
                    if (!approve) {
                        return store.reject(id, on, reason).then(Mono.defer(() -> view(id)));
                    }
                    Programme programme = Programme.valueOf(a.programme());
                    if (!a.inScope() || a.amount().signum() <= 0) {
                        return Mono.error(new RuleViolationException("NOTHING_TO_GRANT",
                                "no claim of the application is granted", Basis.of(programme.document(),
                                programme == Programme.YOUTH_EMPLOYMENT ? "一、(一)" : "三、附则")));
                    }
                    return approve(a, programme, on, reason).then(Mono.defer(() -> view(id)));
                });
    }

    private Mono<Void> approve(ProgrammeApplicationRow a, Programme programme, LocalDate on, String reason) {
        ProgrammeDisbursement rule = disbursements.of(programme);
        int year = rule.supportYear(a.eventDate(), on);
        Mono<List<ClaimRow>> granted = store.claims(a.id()).filter(c -> "GRANTED".equals(c.result())).collectList();
        Mono<List<StandingClaimRow>> standing = store.standingClaims(a.organisationId(),
                ProgrammeStatus.standingNames(), a.id()).collectList();
        return store.lockApplicant(a.organisationId()).then(Mono.zip(granted, standing)).flatMap(t -> {
            List<SupportWithoutDuplication.Claim> claims = t.getT1().stream()
                    .map(c -> new SupportWithoutDuplication.Claim(c.claimNo(), c.article(), c.amount(),
                            disbursements.groups(a, c, year)))
                    .toList();
            List<SupportWithoutDuplication.StandingGrant> grants = t.getT2().stream()
                    .map(g -> new SupportWithoutDuplication.StandingGrant(g.applicationId(), g.claimNo(),
                            g.article(), g.approvedAmount(), g.exclusiveGroupsJson() != null
                            ? keys(g.exclusiveGroupsJson())
                            : disbursements.groups(Programme.valueOf(g.programme()), g.projectId(), g.sameProject(),
                                    g.article(), g.clause(), g.supportYear()).stream()
                                    .map(SupportWithoutDuplication.ExclusiveGroup::key).toList()))
                    .toList();
            SupportWithoutDuplication.Approval approval = rule.decide(new ProgrammeDisbursement.Input(claims, grants),
                    on);
            if (!approval.approvable()) {
                return Mono.error(new RuleViolationException(approval.refusals()));
            }
            List<ClaimApprovalRow> rows = approval.claims().stream()
                    .map(c -> new ClaimApprovalRow(c.claimNo(), c.result().name(), c.amount(),
                            c.earlierApplicationId(), c.earlierArticle(), jsonb.write(c.groupKeys())))
                    .toList();
            return store.approve(a.id(), on, reason, year, approval.amount(), Money.tenThousandYuan(approval.amount()),
                            jsonb.write(approval.basis()), rows)
                    .flatMap(n -> n == 0 ? Mono.error(new ConflictException("the application changed meanwhile"))
                            : Mono.just(n))
                    .then(Mono.defer(() -> rule.terms(on).publicNoticeRequired() ? Mono.empty()
                            : store.find(a.id()).flatMap(approved -> payments.schedule(approved,
                                    ProgrammeStatus.APPROVED.name(), null, rule.paymentDayWithoutNotice(on),
                                    List.of(rule.basis(on))))));
        });
    }

    /**
     * Recovers the whole support of an application paid or scheduled for payment (FALSE_DECLARATION,
     * DUPLICATE_SUPPORT); the statement stays with the officers. Call inside the command's transaction.
     */
    public Mono<ProgrammeApplicationView> clawback(CurrentUser user, UUID id, ProgrammeDisbursement.RecoveryGround ground,
                                                   LocalDate orderedOn, String statement) {
        LocalDate on = EnteredDay.orToday("orderedOn", orderedOn, today());
        return store.lock(id).switchIfEmpty(Mono.error(new NotFoundException("programme application " + id)))
                .flatMap(a -> {
                    if (a.decidedOn() != null && on.isBefore(a.decidedOn())) {
                        return Mono.error(new InvalidInputException("orderedOn", "is before the approval"));
                    }
                    return payments.clawback(a, ground, on, statement, user.subject());
                })
                .then(Mono.defer(() -> view(id)));
    }

    public Mono<ProgrammeApplicationView> get(CurrentUser user, UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(new NotFoundException("programme application " + id)))
                .doOnNext(a -> Callers.ensureVisible(user, a.organisationId(), "programme application " + id))
                .flatMap(this::view);
    }

    public Flux<ProgrammeApplicationView> list(CurrentUser user) {
        return store.list(Callers.listedOrganisation(user)).concatMap(this::view);
    }

    private Evaluated sciTechCulture(UUID id, Submission s, LocalDate on) {
        BestOnlyRule.BestOnlyOutcome outcome = sciTechCulture.bestOnly(s.projectId(), s.standing(), s.eventDate(),
                s.sciTechCulture(), on, "sciTechCulture");
        LocalDate year = yearStart(s.eventDate());
        List<ClaimRow> claims = new ArrayList<>();
        if (outcome.granted() != null) {
            claims.add(claim(id, claims.size(), outcome.granted(), "GRANTED", null, null, year));
        }
        for (BestOnlyRule.Superseded superseded : outcome.superseded()) {
            claims.add(claim(id, claims.size(), superseded.decision(), "SUPERSEDED",
                    CultureSupportDecision.article(superseded.supersededByMeasure()), BestOnlyRule.ARTICLE, year));
        }
        for (CultureSupportDecision service : outcome.services()) {
            claims.add(claim(id, claims.size(), service, "SERVICE", null, null, year));
        }
        for (CultureSupportDecision refused : outcome.notQualifying()) {
            claims.add(claim(id, claims.size(), refused, "NOT_QUALIFYING", null, null, year));
        }
        BigDecimal amount = outcome.granted() == null ? Money.ZERO : outcome.granted().amount();
        return new Evaluated(outcome.scope().inScope(), amount, Money.tenThousandYuan(amount), outcome, claims);
    }

    private Evaluated industrialFinance(UUID id, Submission s, LocalDate on) {
        HighestOnlyRule.HighestOnlyOutcome outcome = industrialFinance.highestOnly(s.standing(), s.eventDate(),
                s.industrialFinance(), Boolean.TRUE.equals(s.sameProject()), on, "industrialFinance");
        LocalDate year = yearStart(s.eventDate());
        List<ClaimRow> claims = new ArrayList<>();
        for (FinanceSupportDecision granted : outcome.granted()) {
            claims.add(claim(id, claims.size(), granted, "GRANTED", null, null, year));
        }
        for (HighestOnlyRule.Superseded superseded : outcome.superseded()) {
            claims.add(claim(id, claims.size(), superseded.decision(), "SUPERSEDED", superseded.by().article(),
                    superseded.article(), year));
        }
        for (FinanceSupportDecision refused : outcome.notQualifying()) {
            claims.add(claim(id, claims.size(), refused, "NOT_QUALIFYING", null, null, year));
        }
        return new Evaluated(outcome.scope().inScope(), outcome.amount(), outcome.amountTenThousandYuan(), outcome,
                claims);
    }

    private Evaluated youth(UUID id, Submission s, LocalDate on) {
        Hires hires = s.youthEmployment();
        JobExpansionSubsidy.JobExpansionDecision decision = PolicyInputException.nested("youthEmployment",
                () -> jobExpansion.evaluate(hires.employerIsEnterprise(), hires.hires(), on));
        List<ClaimRow> claims = new ArrayList<>();
        for (JobExpansionSubsidy.HireDecision hire : decision.hires()) {
            String result = switch (hire.outcome()) {
                case QUALIFIES -> "GRANTED";
                case DOES_NOT_QUALIFY -> "NOT_QUALIFYING";
                case PREDECESSOR_POLICY -> "PREDECESSOR_POLICY";
            };
            LocalDate hiredOn = hires.hires().get(claims.size()).hiredOn();
            claims.add(new ClaimRow(id, claims.size() + 1, "一、(一)", Disbursements.HIRE + hire.personId(), result,
                    hire.amount(), Money.tenThousandYuan(hire.amount()), null, null, hiredOn, hiredOn));
        }
        return new Evaluated(decision.employerIsEnterprise(), decision.total(), Money.tenThousandYuan(decision.total()),
                decision, claims);
    }

    private static ClaimRow claim(UUID id, int index, CultureSupportDecision d, String result, String by,
                                  String under, LocalDate yearStart) {
        String clause = d.parts().isEmpty() ? null : String.join("+", d.parts().stream().map(p -> p.clause()).toList());
        BigDecimal amount = "GRANTED".equals(result) || "SUPERSEDED".equals(result) ? d.amount() : Money.ZERO;
        return new ClaimRow(id, index + 1, CultureSupportDecision.article(d.measure()), clause, result, amount,
                Money.tenThousandYuan(amount), by, under, yearStart, yearEnd(yearStart));
    }

    private static ClaimRow claim(UUID id, int index, FinanceSupportDecision d, String result, String by,
                                  String under, LocalDate yearStart) {
        return new ClaimRow(id, index + 1, d.article(), d.clause(), result, d.amount(), d.amountTenThousandYuan(), by,
                under, yearStart, yearEnd(yearStart));
    }

    /** The support year of the event: what a 31号 or 33号 claim pays for. */
    private static LocalDate yearStart(LocalDate eventDate) {
        return LocalDate.of(eventDate.getYear(), 1, 1);
    }

    private static LocalDate yearEnd(LocalDate yearStart) {
        return yearStart.withMonth(12).withDayOfMonth(31);
    }

    private static void checkBlocks(Submission s) {
        List<FieldError> errors = new ArrayList<>();
        boolean culture = s.programme() == Programme.SCI_TECH_CULTURE;
        boolean finance = s.programme() == Programme.INDUSTRIAL_FINANCE;
        boolean youth = s.programme() == Programme.YOUTH_EMPLOYMENT;
        block(errors, "sciTechCulture", s.sciTechCulture(), culture, s.programme());
        block(errors, "industrialFinance", s.industrialFinance(), finance, s.programme());
        block(errors, "youthEmployment", s.youthEmployment(), youth, s.programme());
        if (!youth) {
            if (s.standing() == null) {
                errors.add(new FieldError("standing", "is required for " + s.programme()));
            }
            if (s.eventDate() == null) {
                errors.add(new FieldError("eventDate", "is required for " + s.programme()));
            }
        }
        if (!finance && s.sameProject() != null) {
            errors.add(new FieldError("sameProject", "applies to INDUSTRIAL_FINANCE only"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static void block(List<FieldError> errors, String field, Object value, boolean expected,
                              Programme programme) {
        if (expected && value == null) {
            errors.add(new FieldError(field, "is required for " + programme));
        } else if (!expected && value != null) {
            errors.add(new FieldError(field, "is not part of a " + programme + " application"));
        }
    }

    private Mono<ProgrammeApplicationView> view(UUID id) {
        return store.find(id).flatMap(this::view);
    }

    private Mono<ProgrammeApplicationView> view(ProgrammeApplicationRow a) {
        Mono<List<ClaimView>> claims = store.claims(a.id())
                .map(c -> new ClaimView(c.article(), c.clause(), c.result(), c.amount(), c.amountTenThousandYuan(),
                        c.supersededBy(), c.supersededUnder(), c.approvalResult(), c.approvedAmount(),
                        c.earlierApplicationId(), c.earlierArticle()))
                .collectList();
        Mono<Optional<ProgrammePayments.PaymentView>> payment = payments.payment(a.id()).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        Mono<Optional<ProgrammePayments.ClawbackView>> clawback = payments.clawbackOf(a.id()).map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(claims, payment, clawback).map(t -> new ProgrammeApplicationView(a.id(), a.programme(),
                Programme.valueOf(a.programme()).document(), a.projectId(), a.appliedOn(), a.eventDate(),
                a.status(), a.inScope(), a.amount(), a.amountTenThousandYuan(), t.getT1(),
                jsonb.tree(a.outcomeJson()), a.decidedOn(), a.decisionReason(), a.approvedAmount(),
                a.approvedAmountTenThousandYuan(), a.approvalBasisJson() == null ? null
                : List.of(jsonb.read(a.approvalBasisJson(), Basis[].class)), a.noticeId(),
                t.getT2().orElse(null), t.getT3().orElse(null)));
    }

    private List<String> keys(String json) {
        return List.of(jsonb.read(json, String[].class));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
