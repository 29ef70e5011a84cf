package cn.beijing.platform.subsidy.policy.kindergarten;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.subsidy.policy.Shipped;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.ApplicationDocument;
import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenApplicationProcess.Objection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every step of the kindergarten application and every gate that refuses one, with its code and basis. */
class KindergartenApplicationProcessTest {

    private static final String K30 = "京技管发〔2024〕30号";
    private static final LocalDate TODAY = date("2025-09-15");
    private static final BigDecimal FEE = new BigDecimal("750");
    /** One child counted all 2025: 1800 yuan a month, advanced in four quarters. */
    private static final List<PerChildSubsidySettlement.Child> ROSTER = List.of(new PerChildSubsidySettlement.Child(
            "C1", date("2021-02-01"), date("2024-09-01"), true, null, false));
    private static final Set<ApplicationDocument> EVERY_GENERAL_DOCUMENT = EnumSet.of(
            ApplicationDocument.OPERATING_LICENCE, ApplicationDocument.LEGAL_PERSON_CERTIFICATE,
            ApplicationDocument.CURRENT_FEE_STANDARD, ApplicationDocument.FEE_COMMITMENT,
            ApplicationDocument.CHILDREN_ROSTER, ApplicationDocument.STAFF_ROSTER,
            ApplicationDocument.REGISTERED_BANK_ACCOUNT, ApplicationDocument.APPLICATION_AND_CALCULATION);
    private static final KindergartenEligibility.Applicant CLEAN = new KindergartenEligibility.Applicant(true, true,
            List.of(), true, new KindergartenEligibility.Evaluation(2024, EvaluationGrade.EXCELLENT),
            EvaluationGrade.GOOD);

    private final KindergartenApplicationProcess process = new KindergartenApplicationProcess(
            Shipped.RULES.get(DocumentChecklist.class), Shipped.RULES.get(KindergartenEligibility.class),
            Shipped.RULES.get(PerChildSubsidySettlement.class), Shipped.RULES.get(RentSubsidy.class),
            Shipped.RULES.get(PreschoolAid.class), Shipped.RULES.get(PublicNoticePeriod.class));
    private final PublicNoticePeriod period = Shipped.RULES.get(PublicNoticePeriod.class);

    // ---------------------------------------------------------------- the path of an application

    @Test
    void anApplicationGoesFromSubmissionToItsPayment() {
        KindergartenApplication submitted = accepted(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.ACTIVE, false));
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(submitted.appliedOn()).isEqualTo(TODAY);
        assertThat(submitted.eligible()).isNull();

        KindergartenApplication reviewed = accepted(process.review(submitted, CLEAN, null, TODAY, FEE, ROSTER));
        assertThat(reviewed.status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(reviewed.eligible()).isTrue();
        assertThat(reviewed.amount()).isEqualByComparingTo("21600.00");
        assertThat(reviewed.lines()).hasSize(4).allSatisfy(l -> assertThat(l.article()).isEqualTo("第五条"));

        KindergartenApplication approved = accepted(process.decide(reviewed, true, null, null, TODAY));
        assertThat(approved.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.decidedOn()).isEqualTo(TODAY);

        UUID noticeId = UUID.randomUUID();
        KindergartenApplication inNotice = accepted(process.publish(approved, noticeId, TODAY));
        assertThat(inNotice.status()).isEqualTo(ApplicationStatus.IN_NOTICE);
        assertThat(inNotice.noticeId()).isEqualTo(noticeId);

        // published Monday 9-15 (not counted): 9-16..9-19, 9-22 → payment from 9-23
        StepDecision paid = process.settle(inNotice, period.evaluate(TODAY, 5), List.of(), KindergartenStatus.ACTIVE,
                TODAY);
        assertThat(paid.application().status()).isEqualTo(ApplicationStatus.PAYMENT_SCHEDULED);
        assertThat(paid.payment().scheduledOn()).isEqualTo(date("2025-09-23"));
        assertThat(paid.payment().status()).isEqualTo(PaymentStatus.SCHEDULED);
        assertThat(paid.payment().amount()).isEqualByComparingTo("21600.00");
        assertThat(paid.payment().lines()).isEqualTo(inNotice.lines());
        assertThat(paid.basis()).extracting(Basis::citation)
                .containsExactly(K30 + " 第十四条", "中华人民共和国民法典 第二百零一条");
    }

    @Test
    void afterTheNoticeAnObjectionHoldsOrRefusesThePaymentAndItsResolutionDelaysIt() {
        KindergartenApplication inNotice = inNotice();
        PublicNoticePeriod.NoticePeriodDecision notice = period.evaluate(TODAY, 5);
        StepDecision held = process.settle(inNotice, notice, List.of(new Objection(ObjectionStatus.STANDING, null)),
                KindergartenStatus.ACTIVE, TODAY);
        assertThat(held.application().status()).isEqualTo(ApplicationStatus.PAYMENT_HELD);
        assertThat(held.payment()).isNull();
        // held, then the objection is withdrawn on Wednesday 9-24: paid on the working day after it
        StepDecision paid = process.settle(held.application(), notice,
                List.of(new Objection(ObjectionStatus.WITHDRAWN, date("2025-09-24"))), KindergartenStatus.ACTIVE,
                TODAY);
        assertThat(paid.payment().scheduledOn()).isEqualTo(date("2025-09-25"));
        // withdrawn during the window: the window decides
        assertThat(process.settle(inNotice, notice, List.of(new Objection(ObjectionStatus.DISMISSED,
                date("2025-09-16"))), KindergartenStatus.ACTIVE, TODAY).payment().scheduledOn())
                .isEqualTo(date("2025-09-23"));
        StepDecision upheld = process.settle(inNotice, notice,
                List.of(new Objection(ObjectionStatus.UPHELD, date("2025-09-16"))), KindergartenStatus.ACTIVE, TODAY);
        assertThat(upheld.application().status()).isEqualTo(ApplicationStatus.OBJECTION_UPHELD);
        assertThat(upheld.payment()).isNull();
    }

    @Test
    void aSettlementAfterTheWindowSchedulesThePaymentFromItsOwnDayNeverOnADayAlreadyPast() {
        KindergartenApplication inNotice = inNotice();
        PublicNoticePeriod.NoticePeriodDecision notice = period.evaluate(TODAY, 5);   // payment from Tuesday 9-23
        // [platform rule] closed just before, on and just after the first payment day
        assertThat(scheduledOn(inNotice, notice, List.of(), date("2025-09-22"))).isEqualTo(date("2025-09-23"));
        assertThat(scheduledOn(inNotice, notice, List.of(), date("2025-09-23"))).isEqualTo(date("2025-09-23"));
        assertThat(scheduledOn(inNotice, notice, List.of(), date("2025-09-24"))).isEqualTo(date("2025-09-24"));
        // closed on National Day (off from 10-1 to 10-8 in 2025): the first working day after the holiday
        assertThat(scheduledOn(inNotice, notice, List.of(), date("2025-10-01"))).isEqualTo(date("2025-10-09"));
        // a hold ended by a withdrawal on Wednesday 9-24: the next day when settled at once, the settlement's day
        // when settled the next week
        StepDecision held = process.settle(inNotice, notice, List.of(new Objection(ObjectionStatus.STANDING, null)),
                KindergartenStatus.ACTIVE, date("2025-09-23"));
        List<Objection> withdrawn = List.of(new Objection(ObjectionStatus.WITHDRAWN, date("2025-09-24")));
        assertThat(scheduledOn(held.application(), notice, withdrawn, date("2025-09-24")))
                .isEqualTo(date("2025-09-25"));
        assertThat(scheduledOn(held.application(), notice, withdrawn, date("2025-09-30")))
                .isEqualTo(date("2025-09-30"));
    }

    private LocalDate scheduledOn(KindergartenApplication application, PublicNoticePeriod.NoticePeriodDecision notice,
                                  List<Objection> objections, LocalDate settledOn) {
        return process.settle(application, notice, objections, KindergartenStatus.ACTIVE, settledOn).payment()
                .scheduledOn();
    }

    @Test
    void aSuspendedKindergartenIsPaidWithheldAndAnEndedOneNotAtAll() {
        KindergartenApplication inNotice = inNotice();
        PublicNoticePeriod.NoticePeriodDecision notice = period.evaluate(TODAY, 5);
        StepDecision withheld = process.settle(inNotice, notice, List.of(), KindergartenStatus.SUSPENDED, TODAY);
        assertThat(withheld.application().status()).isEqualTo(ApplicationStatus.PAYMENT_SCHEDULED);
        assertThat(withheld.payment().status()).isEqualTo(PaymentStatus.WITHHELD);
        for (KindergartenStatus ended : List.of(KindergartenStatus.CLOSED, KindergartenStatus.DISQUALIFIED)) {
            StepDecision stopped = process.settle(inNotice, notice, List.of(), ended, TODAY);
            assertThat(stopped.application().status()).as(ended.name()).isEqualTo(ApplicationStatus.STOPPED);
            assertThat(stopped.payment()).isNull();
            assertThat(stopped.basis()).extracting(Basis::article).contains("第十九条", "第二十条", "第二十一条");
        }
    }

    @Test
    void documentsCompletedBeforeTheDecisionMakeTheApplicationEligible() {
        KindergartenApplication incomplete = accepted(submit(EnumSet.of(ApplicationDocument.OPERATING_LICENCE),
                KindergartenStatus.ACTIVE, false));
        KindergartenApplication reviewed = accepted(process.review(incomplete, CLEAN, null, TODAY, FEE, ROSTER));
        assertThat(reviewed.eligible()).isFalse();
        assertThat(reviewed.failures()).extracting(f -> f.code()).contains("MISSING_DOCUMENT_2");
        KindergartenApplication completed = accepted(process.replaceDocuments(reviewed, EVERY_GENERAL_DOCUMENT));
        assertThat(completed.status()).isEqualTo(ApplicationStatus.REVIEWED);
        assertThat(completed.eligible()).isTrue();
        assertThat(completed.failures()).isEmpty();
        assertThat(accepted(process.decide(completed, true, null, null, TODAY)).status())
                .isEqualTo(ApplicationStatus.APPROVED);
    }

    // ---------------------------------------------------------------- every gate, refused with its code and basis

    @Test
    void aKindergartenThatIsNotActiveDoesNotApply() {
        for (KindergartenStatus status : List.of(KindergartenStatus.SUSPENDED, KindergartenStatus.DISQUALIFIED,
                KindergartenStatus.CLOSED)) {
            StepDecision refused = submit(EVERY_GENERAL_DOCUMENT, status, false);
            assertRefused(refused, ApplicationRefusalCode.KINDERGARTEN_NOT_ACTIVE, "第十九条", "第二十条", "第二十一条");
        }
    }

    @Test
    void oneApplicationForAYear() {
        assertRefused(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.ACTIVE, true),
                ApplicationRefusalCode.APPLICATION_FOR_YEAR_EXISTS, "第十一条");
        // both gates at once: every refusal is named
        assertThat(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.SUSPENDED, true).refusalCodes()).containsExactly(
                ApplicationRefusalCode.KINDERGARTEN_NOT_ACTIVE, ApplicationRefusalCode.APPLICATION_FOR_YEAR_EXISTS);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"SUBMITTED", "REVIEWED"}, mode = EnumSource.Mode.EXCLUDE)
    void afterTheDecisionNeitherDocumentsNorReviewNorDecisionChange(ApplicationStatus status) {
        KindergartenApplication decided = reviewed().moved(status);
        assertRefused(process.replaceDocuments(decided, EVERY_GENERAL_DOCUMENT),
                ApplicationRefusalCode.APPLICATION_ALREADY_DECIDED, "第十三条");
        assertRefused(process.review(decided, CLEAN, null, TODAY, FEE, ROSTER),
                ApplicationRefusalCode.APPLICATION_ALREADY_DECIDED, "第十二条");
        assertRefused(process.decide(decided, true, null, null, TODAY),
                ApplicationRefusalCode.APPLICATION_ALREADY_DECIDED, "第十四条");
        assertRefused(process.decide(decided, false, null, null, TODAY),
                ApplicationRefusalCode.APPLICATION_ALREADY_DECIDED, "第十四条");
    }

    @Test
    void approvalWaitsForTheReview() {
        KindergartenApplication submitted = accepted(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.ACTIVE, false));
        assertRefused(process.decide(submitted, true, null, null, TODAY),
                ApplicationRefusalCode.ELIGIBILITY_NOT_REVIEWED, "第十二条");
        // rejecting needs no review
        assertThat(accepted(process.decide(submitted, false, null, "withdrawn by the applicant", TODAY)).status())
                .isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void anIneligibleApplicationIsNotApprovedAndEachFailureNamesItsArticle() {
        KindergartenApplication submitted = accepted(submit(EnumSet.of(ApplicationDocument.OPERATING_LICENCE),
                KindergartenStatus.ACTIVE, false));
        KindergartenEligibility.Applicant belowMinimum = new KindergartenEligibility.Applicant(true, true, List.of(),
                true, new KindergartenEligibility.Evaluation(2024, EvaluationGrade.UNQUALIFIED), EvaluationGrade.GOOD);
        KindergartenApplication reviewed = accepted(process.review(submitted, belowMinimum, null, TODAY, FEE, ROSTER));
        StepDecision refused = process.decide(reviewed, true, null, null, TODAY);
        assertRefused(refused, ApplicationRefusalCode.APPLICATION_NOT_ELIGIBLE, "第十三条", "第十二条");
        assertThat(refused.refusals().get(0).detail()).contains("MISSING_DOCUMENT_2 (第十三条)",
                "ANNUAL_INSPECTION_BELOW_MINIMUM (第十二条)");
    }

    @Test
    void aLeaseThatFailsTheSixthArticleMakesARentApplicationIneligible() {
        RentClaim shortLease = new RentClaim(new BigDecimal("6.2"), new BigDecimal("1000"), 100, new BigDecimal("9"),
                date("2025-01-01"), date("2025-12-31"), true, true, date("2024-09-01"), date("2026-08-31"), true);
        Set<ApplicationDocument> documents = EnumSet.copyOf(EVERY_GENERAL_DOCUMENT);
        documents.add(ApplicationDocument.LEASE_DOCUMENTS);
        KindergartenApplication submitted = accepted(process.submit(UUID.randomUUID(), "ORG-1",
                new ApplicationSubmission(UUID.randomUUID(), 2025, EnumSet.of(SubsidyKind.RENT), documents, null,
                        shortLease, null), KindergartenStatus.ACTIVE, false, TODAY));
        KindergartenApplication reviewed = accepted(process.review(submitted, CLEAN, null, TODAY, FEE, ROSTER));
        assertThat(reviewed.eligible()).isFalse();
        assertRefused(process.decide(reviewed, true, null, null, TODAY),
                ApplicationRefusalCode.APPLICATION_NOT_ELIGIBLE, "第六条");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void onlyApprovedApplicationsArePublished(ApplicationStatus status) {
        assertRefused(process.publish(reviewed().moved(status), UUID.randomUUID(), TODAY),
                ApplicationRefusalCode.APPLICATION_NOT_APPROVED, "第十四条");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"IN_NOTICE", "PAYMENT_HELD"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyApplicationsOnANoticeAreSettled(ApplicationStatus status) {
        assertRefused(process.settle(reviewed().moved(status), period.evaluate(TODAY, 5), List.of(),
                KindergartenStatus.ACTIVE, TODAY), ApplicationRefusalCode.APPLICATION_NOT_IN_NOTICE, "第十四条");
    }

    // ---------------------------------------------------------------- dates and facts are inputs (422)

    @Test
    void datesInTheFutureOrBeforeThePreviousStepAreInputErrors() {
        assertField(() -> process.submit(UUID.randomUUID(), "ORG-1", new ApplicationSubmission(UUID.randomUUID(),
                2025, EnumSet.of(SubsidyKind.PER_CHILD), EVERY_GENERAL_DOCUMENT, TODAY.plusDays(1), null, null),
                KindergartenStatus.ACTIVE, false, TODAY), "appliedOn");
        KindergartenApplication submitted = accepted(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.ACTIVE, false));
        assertField(() -> process.review(submitted, CLEAN, TODAY.plusDays(1), TODAY, FEE, ROSTER), "reviewedOn");
        assertField(() -> process.review(submitted, CLEAN, TODAY.minusDays(1), TODAY, FEE, ROSTER), "reviewedOn");
        KindergartenApplication reviewed = accepted(process.review(submitted, CLEAN, null, TODAY, FEE, ROSTER));
        assertField(() -> process.decide(reviewed, true, TODAY.minusDays(1), null, TODAY), "decidedOn");
        assertField(() -> process.decide(reviewed, true, TODAY.plusDays(1), null, TODAY), "decidedOn");
        KindergartenApplication approved = accepted(process.decide(reviewed, true, null, null, TODAY));
        assertField(() -> process.publish(approved, UUID.randomUUID(), TODAY.minusDays(1)), "publishedOn");
    }

    @Test
    void rentAndAidFactsComeWithTheirKindsOnly() {
        assertField(() -> process.submit(UUID.randomUUID(), "ORG-1", new ApplicationSubmission(UUID.randomUUID(),
                2025, EnumSet.of(SubsidyKind.RENT), EVERY_GENERAL_DOCUMENT, null, null, null),
                KindergartenStatus.ACTIVE, false, TODAY), "rent");
        assertField(() -> process.submit(UUID.randomUUID(), "ORG-1", new ApplicationSubmission(UUID.randomUUID(),
                2025, EnumSet.of(SubsidyKind.PER_CHILD), EVERY_GENERAL_DOCUMENT, null, null, new AidClaim(List.of())),
                KindergartenStatus.ACTIVE, false, TODAY), "aid");
        // 第五条 is not in force for 2024 (30号 was issued on 2024-12-02)
        assertField(() -> process.submit(UUID.randomUUID(), "ORG-1", new ApplicationSubmission(UUID.randomUUID(),
                2024, EnumSet.of(SubsidyKind.PER_CHILD), EVERY_GENERAL_DOCUMENT, null, null, null),
                KindergartenStatus.ACTIVE, false, TODAY), "year");
    }

    // ---------------------------------------------------------------- helpers

    private StepDecision submit(Set<ApplicationDocument> documents, KindergartenStatus kindergarten,
                                boolean yearTaken) {
        return process.submit(UUID.randomUUID(), "ORG-1", new ApplicationSubmission(UUID.randomUUID(), 2025,
                EnumSet.of(SubsidyKind.PER_CHILD), documents, null, null, null), kindergarten, yearTaken, TODAY);
    }

    private KindergartenApplication reviewed() {
        return accepted(process.review(accepted(submit(EVERY_GENERAL_DOCUMENT, KindergartenStatus.ACTIVE, false)),
                CLEAN, null, TODAY, FEE, ROSTER));
    }

    private KindergartenApplication inNotice() {
        return accepted(process.publish(accepted(process.decide(reviewed(), true, null, null, TODAY)),
                UUID.randomUUID(), TODAY));
    }

    private static KindergartenApplication accepted(StepDecision decision) {
        assertThat(decision.refusals()).isEmpty();
        assertThat(decision.accepted()).isTrue();
        return decision.application();
    }

    /** Refused with exactly this gate, citing these articles of 30号, and the application unchanged. */
    private static void assertRefused(StepDecision decision, ApplicationRefusalCode code, String... articles) {
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.payment()).isNull();
        assertThat(decision.refusalCodes()).containsExactly(code);
        Refusal refusal = decision.refusals().get(0);
        assertThat(refusal.basis()).extracting(Basis::document).containsOnly(K30);
        assertThat(refusal.basis()).extracting(Basis::article).containsExactly(articles);
        assertThat(decision.basis()).isEqualTo(refusal.basis());
    }

    private static void assertField(Runnable step, String field) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(PolicyInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
