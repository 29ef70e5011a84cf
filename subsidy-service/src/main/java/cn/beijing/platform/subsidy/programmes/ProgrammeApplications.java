package cn.beijing.platform.subsidy.programmes;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.finance.FinanceSupportDecision;
import cn.beijing.platform.subsidy.policy.finance.HighestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.BestOnlyRule;
import cn.beijing.platform.subsidy.policy.scitech.CultureSupportDecision;
import cn.beijing.platform.subsidy.policy.youth.JobExpansionSubsidy;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.ProgrammeStore;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ClaimRow;
import cn.beijing.platform.subsidy.store.ProgrammeStore.ProgrammeApplicationRow;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Applications under 京技管发〔2024〕31号 (从优不重复), 33号 (就高不重复) and 京人社毕发〔2024〕16号: evaluated on
 * submission by the same policy code as the calculators; every claim is recorded as GRANTED, SUPERSEDED (by which
 * claim, under which article), SERVICE (31号 措施13/15) or NOT_QUALIFYING; an officer approves or rejects.
 */
@Service
public class ProgrammeApplications {

    static final String SUBMITTED = "SUBMITTED";

    private final SciTechCultureMeasures sciTechCulture;
    private final IndustrialFinanceArticles industrialFinance;
    private final JobExpansionSubsidy jobExpansion;
    private final ProgrammeStore store;
    private final Jsonb jsonb;
    private final Clock clock;

    ProgrammeApplications(SciTechCultureMeasures sciTechCulture, IndustrialFinanceArticles industrialFinance,
                          JobExpansionSubsidy jobExpansion, ProgrammeStore store, Jsonb jsonb, Clock clock) {
        this.sciTechCulture = sciTechCulture;
        this.industrialFinance = industrialFinance;
        this.jobExpansion = jobExpansion;
        this.store = store;
        this.jsonb = jsonb;
        this.clock = clock;
    }

    /** 16号: the hires of one employer. */
    public record Hires(boolean employerIsEnterprise, List<JobExpansionSubsidy.Hire> hires) {
    }

    public record Submission(Programme programme, String projectId, LocalDate appliedOn, LocalDate eventDate,
                             ApplicantStanding standing, Map<String, JsonNode> sciTechCulture,
                             Map<String, JsonNode> industrialFinance, Boolean sameProject, Hires youthEmployment) {
    }

    public record ClaimView(String article, String clause, String result, BigDecimal amount,
                            BigDecimal amountTenThousandYuan, String supersededBy, String supersededUnder) {
    }

    public record ProgrammeApplicationView(UUID id, String programme, String document, String projectId,
                                           LocalDate appliedOn, LocalDate eventDate, String status, boolean inScope,
                                           BigDecimal amount, BigDecimal amountTenThousandYuan,
                                           List<ClaimView> claims, JsonNode outcome, LocalDate decidedOn,
                                           String decisionReason) {
    }

    private record Evaluated(boolean inScope, BigDecimal amount, BigDecimal amountTenThousandYuan, Object outcome,
                             List<ClaimRow> claims) {
    }

    public Mono<ProgrammeApplicationView> submit(CurrentUser user, Submission s) {
        String organisation = Callers.organisation(user);
        LocalDate appliedOn = s.appliedOn() != null ? s.appliedOn() : today();
        if (appliedOn.isAfter(today())) {
            throw new InvalidInputException("appliedOn", "is in the future");
        }
        checkBlocks(s);
        UUID id = UUID.randomUUID();
        Evaluated evaluated = switch (s.programme()) {
            case SCI_TECH_CULTURE -> sciTechCulture(id, s, appliedOn);
            case INDUSTRIAL_FINANCE -> industrialFinance(id, s, appliedOn);
            case YOUTH_EMPLOYMENT -> youth(id, s, appliedOn);
        };
        ProgrammeApplicationRow row = new ProgrammeApplicationRow(id, organisation, s.programme().name(),
                s.projectId(), appliedOn, s.eventDate(), SUBMITTED, evaluated.inScope(), evaluated.amount(),
                evaluated.amountTenThousandYuan(), jsonb.write(evaluated.outcome()), null, null);
        return store.insert(row, evaluated.claims()).then(Mono.defer(() -> view(row)));
    }

    /** Approval needs something granted in scope; rejection is always possible while submitted. */
    public Mono<ProgrammeApplicationView> decide(UUID id, boolean approve, LocalDate decidedOn, String reason) {
        LocalDate on = decidedOn != null ? decidedOn : today();
        if (on.isAfter(today())) {
            throw new InvalidInputException("decidedOn", "is in the future");
        }
        return store.find(id).switchIfEmpty(Mono.error(new NotFoundException("programme application " + id)))
                .flatMap(a -> {
                    if (!SUBMITTED.equals(a.status())) {
                        return Mono.error(new ConflictException("the application is already " + a.status()));
                    }
                    if (on.isBefore(a.appliedOn())) {
                        return Mono.error(new InvalidInputException("decidedOn", "is before the application"));
                    }
                    if (approve && (!a.inScope() || a.amount().signum() <= 0)) {
                        Programme programme = Programme.valueOf(a.programme());
                        return Mono.error(new RuleViolationException("NOTHING_TO_GRANT",
                                "no claim of the application is granted", Basis.of(programme.document(),
                                programme == Programme.YOUTH_EMPLOYMENT ? "一、(一)" : "三、附则")));
                    }
                    return store.decide(id, approve ? "APPROVED" : "REJECTED", on, reason)
                            .then(store.find(id)).flatMap(this::view);
                });
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
        List<ClaimRow> claims = new ArrayList<>();
        if (outcome.granted() != null) {
            claims.add(claim(id, claims.size(), outcome.granted(), "GRANTED", null, null));
        }
        for (BestOnlyRule.Superseded superseded : outcome.superseded()) {
            claims.add(claim(id, claims.size(), superseded.decision(), "SUPERSEDED",
                    CultureSupportDecision.article(superseded.supersededByMeasure()), BestOnlyRule.ARTICLE));
        }
        for (CultureSupportDecision service : outcome.services()) {
            claims.add(claim(id, claims.size(), service, "SERVICE", null, null));
        }
        for (CultureSupportDecision refused : outcome.notQualifying()) {
            claims.add(claim(id, claims.size(), refused, "NOT_QUALIFYING", null, null));
        }
        BigDecimal amount = outcome.granted() == null ? Money.ZERO : outcome.granted().amount();
        return new Evaluated(outcome.scope().inScope(), amount, Money.tenThousandYuan(amount), outcome, claims);
    }

    private Evaluated industrialFinance(UUID id, Submission s, LocalDate on) {
        HighestOnlyRule.HighestOnlyOutcome outcome = industrialFinance.highestOnly(s.standing(), s.eventDate(),
                s.industrialFinance(), Boolean.TRUE.equals(s.sameProject()), on, "industrialFinance");
        List<ClaimRow> claims = new ArrayList<>();
        for (FinanceSupportDecision granted : outcome.granted()) {
            claims.add(claim(id, claims.size(), granted, "GRANTED", null, null));
        }
        for (HighestOnlyRule.Superseded superseded : outcome.superseded()) {
            claims.add(claim(id, claims.size(), superseded.decision(), "SUPERSEDED", superseded.by().article(),
                    superseded.article()));
        }
        for (FinanceSupportDecision refused : outcome.notQualifying()) {
            claims.add(claim(id, claims.size(), refused, "NOT_QUALIFYING", null, null));
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
            claims.add(new ClaimRow(id, claims.size() + 1, "一、(一)", "HIRE " + hire.personId(), result,
                    hire.amount(), Money.tenThousandYuan(hire.amount()), null, null));
        }
        return new Evaluated(decision.employerIsEnterprise(), decision.total(), Money.tenThousandYuan(decision.total()),
                decision, claims);
    }

    private static ClaimRow claim(UUID id, int index, CultureSupportDecision d, String result, String by,
                                  String under) {
        String clause = d.parts().isEmpty() ? null : String.join("+", d.parts().stream().map(p -> p.clause()).toList());
        BigDecimal amount = "GRANTED".equals(result) || "SUPERSEDED".equals(result) ? d.amount() : Money.ZERO;
        return new ClaimRow(id, index + 1, CultureSupportDecision.article(d.measure()), clause, result, amount,
                Money.tenThousandYuan(amount), by, under);
    }

    private static ClaimRow claim(UUID id, int index, FinanceSupportDecision d, String result, String by,
                                  String under) {
        return new ClaimRow(id, index + 1, d.article(), d.clause(), result, d.amount(), d.amountTenThousandYuan(), by,
                under);
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

    private Mono<ProgrammeApplicationView> view(ProgrammeApplicationRow a) {
        return store.claims(a.id())
                .map(c -> new ClaimView(c.article(), c.clause(), c.result(), c.amount(), c.amountTenThousandYuan(),
                        c.supersededBy(), c.supersededUnder()))
                .collectList()
                .map(claims -> new ProgrammeApplicationView(a.id(), a.programme(),
                        Programme.valueOf(a.programme()).document(), a.projectId(), a.appliedOn(), a.eventDate(),
                        a.status(), a.inScope(), a.amount(), a.amountTenThousandYuan(), claims,
                        jsonb.tree(a.outcomeJson()), a.decidedOn(), a.decisionReason()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
