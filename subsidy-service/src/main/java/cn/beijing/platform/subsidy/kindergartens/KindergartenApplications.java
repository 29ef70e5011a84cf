package cn.beijing.platform.subsidy.kindergartens;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.policy.RuleViolationException;
import cn.beijing.platform.common.security.CurrentUser;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.subsidy.policy.kindergarten.PreschoolAid;
import cn.beijing.platform.subsidy.policy.kindergarten.RentSubsidy;
import cn.beijing.platform.subsidy.store.ApplicationStore;
import cn.beijing.platform.subsidy.store.ApplicationStore.ApplicationRow;
import cn.beijing.platform.subsidy.store.Jsonb;
import cn.beijing.platform.subsidy.store.KindergartenStore.KindergartenRow;
import cn.beijing.platform.subsidy.store.PaymentStore;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import cn.beijing.platform.subsidy.access.Callers;

/**
 * Kindergarten subsidy applications (京技管发〔2024〕30号 第九条–第十三条): the applicant submits what it applies for
 * and the documents of 第十三条; the officer reviews eligibility (第二条, 第十二条) and the amounts (第五条, 第六条,
 * 第八条 on the stored roster and the stated facts), then approves or rejects. Approval is refused while any
 * condition fails, each failure named with its article.
 */
@Service
public class KindergartenApplications {

    public static final String SUBMITTED = "SUBMITTED";
    public static final String REVIEWED = "REVIEWED";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";
    public static final String IN_NOTICE = "IN_NOTICE";
    public static final String PAYMENT_HELD = "PAYMENT_HELD";
    public static final String OBJECTION_UPHELD = "OBJECTION_UPHELD";
    public static final String PAYMENT_SCHEDULED = "PAYMENT_SCHEDULED";
    public static final String STOPPED = "STOPPED";

    private final ApplicationStore store;
    private final PaymentStore payments;
    private final Kindergartens kindergartens;
    private final DocumentChecklist checklist;
    private final KindergartenEligibility eligibility;
    private final PerChildSubsidySettlement perChild;
    private final RentSubsidy rent;
    private final PreschoolAid aid;
    private final Jsonb jsonb;
    private final Clock clock;

    KindergartenApplications(ApplicationStore store, PaymentStore payments, Kindergartens kindergartens,
                             DocumentChecklist checklist, KindergartenEligibility eligibility,
                             PerChildSubsidySettlement perChild, RentSubsidy rent, PreschoolAid aid, Jsonb jsonb,
                             Clock clock) {
        this.store = store;
        this.payments = payments;
        this.kindergartens = kindergartens;
        this.checklist = checklist;
        this.eligibility = eligibility;
        this.perChild = perChild;
        this.rent = rent;
        this.aid = aid;
        this.jsonb = jsonb;
        this.clock = clock;
    }

    /**
     * 第六条 facts of a rent application: the appraised rent, the leased kindergarten area, the children the area cap
     * is computed for, the per-child area of 建标[2016]246号 for the kindergarten's size (not in the gazette), the
     * subsidised period, and the lease.
     */
    public record RentClaim(BigDecimal actualRentPerSquareMetrePerDay, BigDecimal leasedArea, int children,
                            BigDecimal perChildAreaCap, LocalDate periodStart, LocalDate periodEnd,
                            boolean signedWithOwner, boolean newKindergarten, LocalDate leaseStart, LocalDate leaseEnd,
                            boolean thirdPartyAppraisalReport) {
    }

    /** 第八条 facts: the children aided (the kindergarten's references) and the education authority's review. */
    public record AidClaim(List<PreschoolAid.AidChild> children) {
    }

    public record Submission(UUID kindergartenId, int year, Set<SubsidyKind> kinds, Set<ApplicationDocument> documents,
                             LocalDate appliedOn, RentClaim rent, AidClaim aid) {
    }

    /** One subsidy of an approved application, as it will be paid (and, for 第五条 and 第六条, recovered). */
    public record Line(String kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String article,
                       BigDecimal standard, String standardUnit) {
    }

    /** The amounts the review found, with the policy decisions they come from. */
    public record Assessment(PerChildSubsidySettlement.SettlementDecision perChild, RentSubsidy.RentDecision rent,
                             RentSubsidy.LeaseDecision lease, PreschoolAid.AidDecision aid, List<Line> lines,
                             BigDecimal amount) {
    }

    public record PaymentSummary(UUID id, LocalDate scheduledOn, BigDecimal amount, String status) {
    }

    public record ApplicationView(UUID id, UUID kindergartenId, int year, JsonNode kinds, JsonNode documents,
                                  LocalDate appliedOn, String status, Boolean eligible, BigDecimal amount,
                                  List<JsonNode> failures, JsonNode checklist, JsonNode eligibility,
                                  JsonNode assessment, LocalDate reviewedOn, LocalDate decidedOn,
                                  String decisionReason, UUID noticeId, PaymentSummary payment) {
    }

    public Mono<ApplicationView> submit(CurrentUser user, Submission s) {
        LocalDate appliedOn = s.appliedOn() != null ? s.appliedOn() : today();
        if (appliedOn.isAfter(today())) {
            throw new InvalidInputException("appliedOn", "is in the future");
        }
        if (s.kinds().contains(SubsidyKind.RENT) != (s.rent() != null)) {
            throw new InvalidInputException("rent", s.rent() == null ? "is required when applying for RENT"
                    : "is only given when applying for RENT");
        }
        if (s.kinds().contains(SubsidyKind.PRESCHOOL_AID) != (s.aid() != null)) {
            throw new InvalidInputException("aid", s.aid() == null ? "is required when applying for PRESCHOOL_AID"
                    : "is only given when applying for PRESCHOOL_AID");
        }
        if (s.rent() != null && s.rent().periodEnd().isBefore(s.rent().periodStart())) {
            throw new InvalidInputException("rent.periodEnd", "is before the period start");
        }
        if (s.rent() != null && s.rent().leaseEnd().isBefore(s.rent().leaseStart())) {
            throw new InvalidInputException("rent.leaseEnd", "is before the lease start");
        }
        if (s.kinds().contains(SubsidyKind.PER_CHILD)) {
            perChild.ruleFor(s.year());  // 第五条 must be in force for the year (a 422 on "year" otherwise)
        }
        DocumentChecklist.ChecklistDecision documents = checklist.check(s.kinds(), s.documents());
        return kindergartens.owned(user, s.kindergartenId())
                .flatMap(k -> {
                    if (!Kindergartens.ACTIVE.equals(k.status())) {
                        return Mono.error(notActive(k));
                    }
                    return store.openFor(k.id(), s.year());
                })
                .flatMap(open -> {
                    if (open) {
                        return Mono.error(new ConflictException("the kindergarten already has an application for "
                                + s.year()));
                    }
                    ApplicationRow row = new ApplicationRow(UUID.randomUUID(), s.kindergartenId(), user.agency(),
                            s.year(), jsonb.write(sorted(s.kinds())), jsonb.write(sorted(s.documents())),
                            s.rent() == null ? null : jsonb.write(s.rent()),
                            s.aid() == null ? null : jsonb.write(s.aid()), appliedOn, SUBMITTED,
                            jsonb.write(documents), null, null, null, null, null, null, null, null);
                    return store.insert(row).thenReturn(row);
                })
                .flatMap(row -> view(row));
    }

    /** 第十三条 again, when the applicant completes the documents before the decision. */
    public Mono<ApplicationView> replaceDocuments(CurrentUser user, UUID id, Set<ApplicationDocument> documents) {
        return store.lock(id).switchIfEmpty(Mono.error(notFound(id)))
                .doOnNext(a -> Callers.ensureOwner(user, a.organisationId(), "application " + id))
                .flatMap(a -> {
                    if (!SUBMITTED.equals(a.status()) && !REVIEWED.equals(a.status())) {
                        return Mono.error(new RuleViolationException("APPLICATION_ALREADY_DECIDED",
                                "documents can be changed until the decision",
                                Basis.of(Documents.KINDERGARTEN, "第十三条")));
                    }
                    DocumentChecklist.ChecklistDecision decision = checklist.check(kinds(a), documents);
                    String checklistJson = jsonb.write(decision);
                    Boolean eligible = a.eligibilityJson() == null ? null
                            : overallEligible(jsonb.tree(a.eligibilityJson()), jsonb.tree(checklistJson),
                                    jsonb.tree(a.assessmentJson()));
                    ApplicationRow updated = new ApplicationRow(a.id(), a.kindergartenId(), a.organisationId(),
                            a.year(), a.kindsJson(), jsonb.write(sorted(documents)), a.rentFactsJson(),
                            a.aidFactsJson(), a.appliedOn(), a.status(), checklistJson, a.eligibilityJson(),
                            a.assessmentJson(), eligible, a.amount(), a.reviewedOn(), a.decidedOn(),
                            a.decisionReason(), a.noticeId());
                    return update(updated, a.status());
                });
    }

    /**
     * The officer's review: 第二条 and 第十二条 on the facts the education authority holds, and the amounts of
     * 第五条 (on the stored roster), 第六条 (with the lease conditions) and 第八条 (at the kindergarten's fee standard).
     */
    public Mono<ApplicationView> review(UUID id, KindergartenEligibility.Applicant facts, LocalDate reviewedOn) {
        LocalDate on = reviewedOn != null ? reviewedOn : today();
        if (on.isAfter(today())) {
            throw new InvalidInputException("reviewedOn", "is in the future");
        }
        return store.lock(id).switchIfEmpty(Mono.error(notFound(id)))
                .flatMap(a -> {
                    if (!SUBMITTED.equals(a.status()) && !REVIEWED.equals(a.status())) {
                        return Mono.error(new RuleViolationException("APPLICATION_ALREADY_DECIDED",
                                "eligibility is reviewed before the decision", Basis.of(Documents.KINDERGARTEN, "第十二条")));
                    }
                    if (on.isBefore(a.appliedOn())) {
                        return Mono.error(new InvalidInputException("reviewedOn", "is before the application"));
                    }
                    return kindergartens.visibleRow(a.kindergartenId())
                            .zipWith(kindergartens.policyChildren(a.kindergartenId()))
                            .flatMap(t -> {
                                KindergartenEligibility.EligibilityDecision decision = PolicyInputException.renaming("decisionDate", "reviewedOn",
                                        () -> eligibility.evaluate(facts, on));
                                Assessment assessment = assess(a, t.getT1(), t.getT2(), on);
                                String eligibilityJson = jsonb.write(decision);
                                String assessmentJson = jsonb.write(assessment);
                                boolean eligible = overallEligible(jsonb.tree(eligibilityJson),
                                        jsonb.tree(a.checklistJson()), jsonb.tree(assessmentJson));
                                ApplicationRow updated = new ApplicationRow(a.id(), a.kindergartenId(),
                                        a.organisationId(), a.year(), a.kindsJson(), a.documentsJson(),
                                        a.rentFactsJson(), a.aidFactsJson(), a.appliedOn(), REVIEWED,
                                        a.checklistJson(), eligibilityJson, assessmentJson, eligible,
                                        assessment.amount(), on, null, null, null);
                                return update(updated, a.status());
                            });
                });
    }

    /** Approve (every condition met) or reject. 第十四条: only approved applications go to the public notice. */
    public Mono<ApplicationView> decide(UUID id, boolean approve, LocalDate decidedOn, String reason) {
        LocalDate on = decidedOn != null ? decidedOn : today();
        if (on.isAfter(today())) {
            throw new InvalidInputException("decidedOn", "is in the future");
        }
        return store.lock(id).switchIfEmpty(Mono.error(notFound(id)))
                .flatMap(a -> {
                    if (!SUBMITTED.equals(a.status()) && !REVIEWED.equals(a.status())) {
                        return Mono.error(new RuleViolationException("APPLICATION_ALREADY_DECIDED",
                                "the application is " + a.status(), Basis.of(Documents.KINDERGARTEN, "第十四条")));
                    }
                    if (on.isBefore(a.appliedOn()) || (a.reviewedOn() != null && on.isBefore(a.reviewedOn()))) {
                        return Mono.error(new InvalidInputException("decidedOn", "is before the review"));
                    }
                    if (approve) {
                        if (a.eligibilityJson() == null) {
                            return Mono.error(new RuleViolationException("ELIGIBILITY_NOT_REVIEWED",
                                    "eligibility must be reviewed before approval",
                                    Basis.of(Documents.KINDERGARTEN, "第十二条")));
                        }
                        List<JsonNode> failures = failures(a);
                        if (!failures.isEmpty()) {
                            return Mono.error(new RuleViolationException("APPLICATION_NOT_ELIGIBLE",
                                    "conditions not met: " + failures.stream()
                                            .map(f -> f.path("code").asString() + " (" + f.path("article").asString()
                                                    + ")").toList(),
                                    bases(failures)));
                        }
                    }
                    ApplicationRow updated = new ApplicationRow(a.id(), a.kindergartenId(), a.organisationId(),
                            a.year(), a.kindsJson(), a.documentsJson(), a.rentFactsJson(), a.aidFactsJson(),
                            a.appliedOn(), approve ? APPROVED : REJECTED, a.checklistJson(), a.eligibilityJson(),
                            a.assessmentJson(), a.eligible(), a.amount(), a.reviewedOn(), on, reason, null);
                    return update(updated, a.status());
                });
    }

    public Mono<ApplicationView> get(CurrentUser user, UUID id) {
        return store.find(id).switchIfEmpty(Mono.error(notFound(id)))
                .doOnNext(a -> Callers.ensureVisible(user, a.organisationId(), "application " + id))
                .flatMap(this::view);
    }

    public Flux<ApplicationView> list(CurrentUser user, String status) {
        return store.list(Callers.listedOrganisation(user), status).concatMap(this::view);
    }

    /** The payment lines of an approved application, from its assessment. */
    public List<Line> lines(ApplicationRow a) {
        JsonNode lines = jsonb.tree(a.assessmentJson()).path("lines");
        List<Line> result = new ArrayList<>();
        lines.forEach(node -> result.add(jsonb.convert(node, Line.class)));
        return result;
    }

    public Mono<ApplicationView> view(ApplicationRow a) {
        return payments.byApplication(a.id())
                .map(p -> new PaymentSummary(p.id(), p.scheduledOn(), p.amount(), p.status()))
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .map(payment -> new ApplicationView(a.id(), a.kindergartenId(), a.year(), jsonb.tree(a.kindsJson()),
                        jsonb.tree(a.documentsJson()), a.appliedOn(), a.status(), a.eligible(), a.amount(),
                        failures(a), jsonb.tree(a.checklistJson()), jsonb.tree(a.eligibilityJson()),
                        jsonb.tree(a.assessmentJson()), a.reviewedOn(), a.decidedOn(), a.decisionReason(),
                        a.noticeId(), payment.orElse(null)));
    }

    private Mono<ApplicationView> update(ApplicationRow row, String expectedStatus) {
        return store.update(row, expectedStatus).flatMap(n -> n == 0
                ? Mono.error(new ConflictException("the application changed meanwhile; read it again"))
                : view(row));
    }

    private Assessment assess(ApplicationRow a, KindergartenRow k, List<PerChildSubsidySettlement.Child> roster,
                              LocalDate on) {
        Set<SubsidyKind> kinds = kinds(a);
        List<Line> lines = new ArrayList<>();
        PerChildSubsidySettlement.SettlementDecision settlement = null;
        RentSubsidy.RentDecision rentDecision = null;
        RentSubsidy.LeaseDecision leaseDecision = null;
        PreschoolAid.AidDecision aidDecision = null;
        if (kinds.contains(SubsidyKind.PER_CHILD)) {
            settlement = perChild.settle(a.year(), roster);
            for (PerChildSubsidySettlement.QuarterlyAdvance advance : settlement.advances()) {
                YearMonth first = YearMonth.of(a.year(), (advance.quarter() - 1) * advance.months() + 1);
                lines.add(new Line(SubsidyKind.PER_CHILD.name(), first.atDay(1),
                        first.plusMonths(advance.months() - 1L).atEndOfMonth(), advance.amount(), "第五条",
                        advance.monthlyRate(), "yuan per child per month"));
            }
        }
        if (kinds.contains(SubsidyKind.RENT)) {
            RentClaim r = jsonb.read(a.rentFactsJson(), RentClaim.class);
            int days = (int) ChronoUnit.DAYS.between(r.periodStart(), r.periodEnd()) + 1;
            rentDecision = PolicyInputException.renaming("decisionDate", "reviewedOn", () -> rent.evaluate(new RentSubsidy.RentEvaluation(
                    r.actualRentPerSquareMetrePerDay(), r.leasedArea(), r.children(), r.perChildAreaCap(), days), on));
            leaseDecision = PolicyInputException.renaming("decisionDate", "reviewedOn", () -> rent.checkLease(new RentSubsidy.Lease(r.signedWithOwner(),
                    r.newKindergarten(), r.leaseStart(), r.leaseEnd(), r.thirdPartyAppraisalReport()), on));
            lines.add(new Line(SubsidyKind.RENT.name(), r.periodStart(), r.periodEnd(), rentDecision.amount(), "第六条",
                    rentDecision.dailyRate(), "yuan per square metre per day"));
        }
        if (kinds.contains(SubsidyKind.PRESCHOOL_AID)) {
            AidClaim claim = jsonb.read(a.aidFactsJson(), AidClaim.class);
            aidDecision = aid.evaluate(k.monthlyFeeStandard(), claim.children());
            lines.add(new Line(SubsidyKind.PRESCHOOL_AID.name(), LocalDate.of(a.year(), 1, 1),
                    LocalDate.of(a.year(), 12, 31), aidDecision.total(), "第八条", k.monthlyFeeStandard(),
                    "yuan per child per month (fee standard)"));
        }
        BigDecimal amount = Money.ZERO;
        for (Line line : lines) {
            amount = amount.add(line.amount());
        }
        return new Assessment(settlement, rentDecision, leaseDecision, aidDecision, List.copyOf(lines), amount);
    }

    /** Every failed condition of the application, each with its document and article. */
    List<JsonNode> failures(ApplicationRow a) {
        List<JsonNode> failures = new ArrayList<>();
        jsonb.tree(a.checklistJson()).path("missing").forEach(failures::add);
        if (a.eligibilityJson() != null) {
            jsonb.tree(a.eligibilityJson()).path("failures").forEach(failures::add);
        }
        if (a.assessmentJson() != null) {
            jsonb.tree(a.assessmentJson()).path("lease").path("failures").forEach(failures::add);
        }
        return failures;
    }

    private static boolean overallEligible(JsonNode eligibility, JsonNode checklist, JsonNode assessment) {
        boolean lease = assessment == null || !assessment.path("lease").isObject()
                || assessment.path("lease").path("eligible").asBoolean(false);
        return eligibility.path("eligible").asBoolean(false) && checklist.path("complete").asBoolean(false) && lease;
    }

    private static List<Basis> bases(List<JsonNode> failures) {
        Set<Basis> bases = new LinkedHashSet<>();
        for (JsonNode f : failures) {
            bases.add(Basis.of(f.path("document").asString(), f.path("article").asString()));
        }
        return List.copyOf(bases);
    }

    private Set<SubsidyKind> kinds(ApplicationRow a) {
        Set<SubsidyKind> kinds = EnumSet.noneOf(SubsidyKind.class);
        jsonb.tree(a.kindsJson()).forEach(n -> kinds.add(SubsidyKind.valueOf(n.asString())));
        return kinds;
    }

    static RuleViolationException notActive(KindergartenRow k) {
        return new RuleViolationException("KINDERGARTEN_NOT_ACTIVE", "the kindergarten is " + k.status(),
                List.of(Basis.of(Documents.KINDERGARTEN, "第十九条"), Basis.of(Documents.KINDERGARTEN, "第二十条"),
                        Basis.of(Documents.KINDERGARTEN, "第二十一条")));
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("application " + id);
    }

    private static <E extends Enum<E>> List<String> sorted(Set<E> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
