package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.EnteredDay;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ChecklistDecision;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenEligibility.EligibilityDecision;

/**
 * The kindergarten subsidy application of 京技管发〔2024〕30号 as a process (第九条: 主动申请、审核认定、公开公示):
 * submitted with the documents of 第十三条 (第十一条), reviewed for eligibility (第二条, 第十二条) and its amounts (第五条,
 * 第六条, 第八条), approved or rejected, published (第十四条) and, after the notice, paid, held or refused.
 *
 * <p>Every step takes the application as it stands and a dated command and returns a {@link StepDecision}: accepted
 * with the next state, or refused with every failed gate ({@link ApplicationRefusalCode} and basis). Dates are inputs:
 * a command's date defaults to {@code today}, which the workflow passes; a future date or a date before the previous
 * step is an input error ({@link PolicyInputException}, 422). Plain Java: the workflow loads, this decides, the
 * workflow writes.
 */
public final class KindergartenApplicationProcess {

    private final DocumentChecklist checklist;
    private final KindergartenEligibility eligibility;
    private final PerChildSubsidySettlement perChild;
    private final RentSubsidy rent;
    private final PreschoolAid aid;
    private final PublicNoticePeriod noticePeriod;

    public KindergartenApplicationProcess(DocumentChecklist checklist, KindergartenEligibility eligibility,
                                          PerChildSubsidySettlement perChild, RentSubsidy rent, PreschoolAid aid,
                                          PublicNoticePeriod noticePeriod) {
        this.checklist = Objects.requireNonNull(checklist);
        this.eligibility = Objects.requireNonNull(eligibility);
        this.perChild = Objects.requireNonNull(perChild);
        this.rent = Objects.requireNonNull(rent);
        this.aid = Objects.requireNonNull(aid);
        this.noticePeriod = Objects.requireNonNull(noticePeriod);
    }

    /**
     * 第十一条, 第十三条: a new application. Refused when the kindergarten is not active (第十九条–第二十一条) or already has
     * an application for the year that was not rejected or stopped.
     *
     * @param yearTaken the kindergarten has an application for the year in a status outside
     *                  {@link ApplicationStatus#CLOSED_WITHOUT_PAYMENT}
     */
    public StepDecision submit(UUID id, String organisationId, ApplicationSubmission s, KindergartenStatus kindergarten,
                               boolean yearTaken, LocalDate today) {
        Inputs.required("submission", s);
        LocalDate appliedOn = EnteredDay.orToday("appliedOn", s.appliedOn(), today);
        Set<SubsidyKind> kinds = Inputs.required("kinds", s.kinds());
        if (kinds.contains(SubsidyKind.RENT) != (s.rent() != null)) {
            throw new PolicyInputException("rent", s.rent() == null ? "is required when applying for RENT"
                    : "is only given when applying for RENT");
        }
        if (kinds.contains(SubsidyKind.PRESCHOOL_AID) != (s.aid() != null)) {
            throw new PolicyInputException("aid", s.aid() == null ? "is required when applying for PRESCHOOL_AID"
                    : "is only given when applying for PRESCHOOL_AID");
        }
        if (s.rent() != null && s.rent().periodEnd().isBefore(s.rent().periodStart())) {
            throw new PolicyInputException("rent.periodEnd", "is before the period start");
        }
        if (s.rent() != null && s.rent().leaseEnd().isBefore(s.rent().leaseStart())) {
            throw new PolicyInputException("rent.leaseEnd", "is before the lease start");
        }
        if (kinds.contains(SubsidyKind.PER_CHILD)) {
            perChild.ruleFor(s.year());  // 第五条 must be in force for the year (a 422 on "year" otherwise)
        }
        Set<ApplicationDocument> documents = s.documents() == null ? Set.of() : s.documents();
        ChecklistDecision documentCheck = checklist.check(kinds, documents);
        KindergartenApplication submitted = new KindergartenApplication(id, s.kindergartenId(), organisationId,
                s.year(), kinds, documents, s.rent(), s.aid(), appliedOn, ApplicationStatus.SUBMITTED, documentCheck,
                null, null, null, null, null, null);
        List<Refusal> refusals = new ArrayList<>();
        if (kindergarten != KindergartenStatus.ACTIVE) {
            refusals.add(kindergartenNotActive(kindergarten));
        }
        if (yearTaken) {
            refusals.add(refusal(ApplicationRefusalCode.APPLICATION_FOR_YEAR_EXISTS,
                    "the kindergarten already has an application for " + s.year()
                            + " that was not rejected or stopped ([platform rule] one application a year)",
                    article("第十一条")));
        }
        if (!refusals.isEmpty()) {
            return StepDecision.refuse(submitted, refusals);
        }
        return StepDecision.accept(submitted, documentCheck.basis());
    }

    /** 第十三条 again: the applicant completes its documents before the decision. */
    public StepDecision replaceDocuments(KindergartenApplication application, Set<ApplicationDocument> documents) {
        Inputs.required("application", application);
        if (!application.status().beforeDecision()) {
            return StepDecision.refuse(application, List.of(alreadyDecided(application,
                    "documents can be changed until the decision", "第十三条")));
        }
        Set<ApplicationDocument> submitted = documents == null ? Set.of() : documents;
        ChecklistDecision documentCheck = checklist.check(application.kinds(), submitted);
        return StepDecision.accept(application.withDocuments(submitted, documentCheck), documentCheck.basis());
    }

    /**
     * The officer's review: 第二条 and 第十二条 on the facts the education authority holds, and the amounts of 第五条 (on
     * the kindergarten's roster), 第六条 (with the lease conditions) and 第八条 (at its fee standard).
     *
     * @param monthlyFeeStandard the kindergarten's monthly 保育教育费 standard (第八条)
     * @param roster             the kindergarten's children as the 学前管理系统 records them (第五条)
     */
    public StepDecision review(KindergartenApplication application, KindergartenEligibility.Applicant facts,
                               LocalDate reviewedOn, LocalDate today, BigDecimal monthlyFeeStandard,
                               List<PerChildSubsidySettlement.Child> roster) {
        Inputs.required("application", application);
        LocalDate on = EnteredDay.orToday("reviewedOn", reviewedOn, today);
        if (!application.status().beforeDecision()) {
            return StepDecision.refuse(application, List.of(alreadyDecided(application,
                    "eligibility is reviewed before the decision", "第十二条")));
        }
        if (on.isBefore(application.appliedOn())) {
            throw new PolicyInputException("reviewedOn", "is before the application");
        }
        EligibilityDecision decision = PolicyInputException.renaming("decisionDate", "reviewedOn",
                () -> eligibility.evaluate(facts, on));
        ApplicationAssessment assessment = assess(application, monthlyFeeStandard, roster, on);
        Set<Basis> basis = new LinkedHashSet<>(decision.basis());
        for (ApplicationAssessment.Line line : assessment.lines()) {
            basis.add(article(line.article()));
        }
        return StepDecision.accept(application.reviewed(decision, assessment, on), List.copyOf(basis));
    }

    /**
     * Approve or reject (第十一条 审核, 第十四条: only approved applications are published). Approval is refused until
     * eligibility was reviewed, and while any condition fails — naming each failure with its article.
     */
    public StepDecision decide(KindergartenApplication application, boolean approve, LocalDate decidedOn,
                               String reason, LocalDate today) {
        Inputs.required("application", application);
        LocalDate on = EnteredDay.orToday("decidedOn", decidedOn, today);
        if (!application.status().beforeDecision()) {
            return StepDecision.refuse(application, List.of(alreadyDecided(application,
                    "the application is " + application.status(), "第十四条")));
        }
        if (on.isBefore(application.appliedOn())
                || (application.reviewedOn() != null && on.isBefore(application.reviewedOn()))) {
            throw new PolicyInputException("decidedOn", "is before the review");
        }
        if (approve) {
            if (application.eligibility() == null) {
                return StepDecision.refuse(application, List.of(refusal(ApplicationRefusalCode.ELIGIBILITY_NOT_REVIEWED,
                        "eligibility must be reviewed before approval", article("第十二条"))));
            }
            List<Failure> failures = application.failures();
            if (!failures.isEmpty()) {
                Set<Basis> bases = new LinkedHashSet<>();
                failures.forEach(f -> bases.add(f.basis()));
                return StepDecision.refuse(application, List.of(new Refusal(
                        ApplicationRefusalCode.APPLICATION_NOT_ELIGIBLE.name(), "conditions not met: " + failures
                        .stream().map(f -> f.code() + " (" + f.article() + ")").toList(), List.copyOf(bases))));
            }
        }
        return StepDecision.accept(application.decided(approve ? ApplicationStatus.APPROVED
                : ApplicationStatus.REJECTED, on, reason), List.of(article("第十一条"), article("第十四条")));
    }

    /** 第十四条: an approved application goes on the public notice published on {@code publishedOn}. */
    public StepDecision publish(KindergartenApplication application, UUID noticeId, LocalDate publishedOn) {
        Inputs.required("application", application);
        Inputs.required("publishedOn", publishedOn);
        if (application.status() != ApplicationStatus.APPROVED) {
            return StepDecision.refuse(application, List.of(refusal(ApplicationRefusalCode.APPLICATION_NOT_APPROVED,
                    "application " + application.id() + " is " + application.status()
                            + "; only approved applications are published", article("第十四条"))));
        }
        if (publishedOn.isBefore(application.decidedOn())) {
            throw new PolicyInputException("publishedOn", "is before the approval of application " + application.id());
        }
        return StepDecision.accept(application.published(noticeId), List.of(article("第十四条")));
    }

    /** An objection against the application, as the settlement reads it. */
    public record Objection(ObjectionStatus status, LocalDate resolvedOn) {

        public Objection {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * 第十四条 after the window of {@code notice} (and after each resolution while the payment is held): a standing
     * objection holds the payment; an upheld one means none; otherwise the payment is scheduled on the first working
     * day after the window and after the last resolution, and not before {@code settledOn}
     * ({@link PublicNoticePeriod#paymentDay}) — withheld while the kindergarten is suspended (第二十条, 第二十一条), and
     * none at all once it is closed or disqualified (第十九条–第二十一条: the application stops).
     *
     * @param settledOn the day of this settlement: the notice's closing, or the resolution that ended the hold
     */
    public StepDecision settle(KindergartenApplication application, PublicNoticePeriod.NoticePeriodDecision notice,
                               List<Objection> objections, KindergartenStatus kindergarten, LocalDate settledOn) {
        Inputs.required("application", application);
        Inputs.required("notice", notice);
        if (!application.status().awaitingSettlement()) {
            return StepDecision.refuse(application, List.of(refusal(ApplicationRefusalCode.APPLICATION_NOT_IN_NOTICE,
                    "application " + application.id() + " is " + application.status()
                            + "; only applications on a notice are settled", article("第十四条"))));
        }
        if (objections.stream().anyMatch(o -> o.status() == ObjectionStatus.STANDING)) {
            return StepDecision.accept(application.moved(ApplicationStatus.PAYMENT_HELD), notice.basis());
        }
        if (objections.stream().anyMatch(o -> o.status() == ObjectionStatus.UPHELD)) {
            return StepDecision.accept(application.moved(ApplicationStatus.OBJECTION_UPHELD), notice.basis());
        }
        if (kindergarten.ended()) {
            return StepDecision.accept(application.moved(ApplicationStatus.STOPPED), List.of(article("第十九条"),
                    article("第二十条"), article("第二十一条")));
        }
        LocalDate scheduledOn = noticePeriod.paymentDay(notice,
                objections.stream().map(Objection::resolvedOn).filter(Objects::nonNull).toList(), settledOn);
        PublicNoticePeriod.PaymentReleaseDecision release = noticePeriod.paymentRelease(notice, scheduledOn, false);
        if (!release.payable()) {
            throw new IllegalStateException("payment day " + scheduledOn + " is not payable: " + release.block());
        }
        PaymentStatus status = kindergarten == KindergartenStatus.SUSPENDED ? PaymentStatus.WITHHELD
                : PaymentStatus.SCHEDULED;
        return StepDecision.schedule(application.moved(ApplicationStatus.PAYMENT_SCHEDULED), new ScheduledPayment(
                scheduledOn, status, application.amount(), application.lines(), release.basis()));
    }

    /** 第十九条, 第二十条, 第二十一条: why a kindergarten that is not active can do nothing more. */
    public static Refusal kindergartenNotActive(KindergartenStatus status) {
        return new Refusal(ApplicationRefusalCode.KINDERGARTEN_NOT_ACTIVE.name(), "the kindergarten is " + status,
                List.of(article("第十九条"), article("第二十条"), article("第二十一条")));
    }

    private ApplicationAssessment assess(KindergartenApplication a, BigDecimal monthlyFeeStandard,
                                         List<PerChildSubsidySettlement.Child> roster, LocalDate on) {
        List<ApplicationAssessment.Line> lines = new ArrayList<>();
        PerChildSubsidySettlement.SettlementDecision settlement = null;
        RentSubsidy.RentDecision rentDecision = null;
        RentSubsidy.LeaseDecision leaseDecision = null;
        PreschoolAid.AidDecision aidDecision = null;
        if (a.kinds().contains(SubsidyKind.PER_CHILD)) {
            settlement = perChild.settle(a.year(), roster);
            for (PerChildSubsidySettlement.QuarterlyAdvance advance : settlement.advances()) {
                YearMonth first = YearMonth.of(a.year(), (advance.quarter() - 1) * advance.months() + 1);
                lines.add(new ApplicationAssessment.Line(SubsidyKind.PER_CHILD, first.atDay(1),
                        first.plusMonths(advance.months() - 1L).atEndOfMonth(), advance.amount(), "第五条",
                        advance.monthlyRate(), "yuan per child per month"));
            }
        }
        if (a.kinds().contains(SubsidyKind.RENT)) {
            RentClaim r = a.rent();
            int days = (int) ChronoUnit.DAYS.between(r.periodStart(), r.periodEnd()) + 1;
            RentSubsidy.RentDecision decided = PolicyInputException.renaming("decisionDate", "reviewedOn",
                    () -> rent.evaluate(new RentSubsidy.RentEvaluation(r.actualRentPerSquareMetrePerDay(),
                            r.leasedArea(), r.children(), r.perChildAreaCap(), days), on));
            rentDecision = decided;
            leaseDecision = PolicyInputException.renaming("decisionDate", "reviewedOn",
                    () -> rent.checkLease(new RentSubsidy.Lease(r.signedWithOwner(), r.newKindergarten(),
                            r.leaseStart(), r.leaseEnd(), r.thirdPartyAppraisalReport()), on));
            lines.add(new ApplicationAssessment.Line(SubsidyKind.RENT, r.periodStart(), r.periodEnd(),
                    decided.amount(), "第六条", decided.dailyRate(), "yuan per square metre per day"));
        }
        if (a.kinds().contains(SubsidyKind.PRESCHOOL_AID)) {
            aidDecision = aid.evaluate(monthlyFeeStandard, a.aid().children());
            lines.add(new ApplicationAssessment.Line(SubsidyKind.PRESCHOOL_AID, LocalDate.of(a.year(), 1, 1),
                    LocalDate.of(a.year(), 12, 31), aidDecision.total(), "第八条", monthlyFeeStandard,
                    "yuan per child per month (fee standard)"));
        }
        BigDecimal amount = Money.ZERO;
        for (ApplicationAssessment.Line line : lines) {
            amount = amount.add(line.amount());
        }
        return new ApplicationAssessment(settlement, rentDecision, leaseDecision, aidDecision, lines, amount);
    }

    private static Refusal alreadyDecided(KindergartenApplication application, String detail, String article) {
        return refusal(ApplicationRefusalCode.APPLICATION_ALREADY_DECIDED, detail + " (the application is "
                + application.status() + ")", article(article));
    }

    private static Refusal refusal(ApplicationRefusalCode code, String detail, Basis basis) {
        return new Refusal(code.name(), detail, basis);
    }

    private static Basis article(String article) {
        return Basis.of(Documents.KINDERGARTEN, article);
    }
}
