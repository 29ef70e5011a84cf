package cn.beijing.platform.guardianship.policy.assessment;

import static cn.beijing.platform.guardianship.policy.assessment.ShippedParameters.PARAMETERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.Basis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssessmentProcessTest {

    private final AssessmentProcess process = new AssessmentProcess(PARAMETERS);

    static final LocalDate OPENED = LocalDate.of(2025, 3, 3);
    /** A girl who turns 8 on 2025-03-10. */
    static final LocalDate BORN = LocalDate.of(2017, 3, 10);

    private static LocalDate day(int n) {
        return OPENED.plusDays(n);
    }

    private static final List<TeamMember> OWN_TEAM = List.of(new TeamMember(MemberRole.AGENCY_STAFF, false),
            new TeamMember(MemberRole.SOCIAL_WORK_PROFESSIONAL, false));
    private static final List<Assessor> VISITORS = List.of(new Assessor(Sex.F, true, false), new Assessor(Sex.M, true, false));

    private Assessment opened() {
        return accepted(process.open(new OpenAssessment(OPENED, AssessmentTrigger.CHILD_IN_DIFFICULTY_IDENTIFICATION,
                AssessingAgency.CIVIL_AFFAIRS, Sex.F, BORN)));
    }

    private Assessment notified() {
        return accepted(process.giveWrittenNotice(opened(), day(1)));
    }

    private Assessment teamed() {
        return accepted(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.SELF_ORGANISED, OWN_TEAM, null)));
    }

    private Assessment visited() {
        return accepted(process.recordVisit(teamed(), new Visit(day(3), VISITORS, "ARCHIVE-2025-0001", false)));
    }

    private Assessment withFindings(String... codes) {
        return accepted(process.recordFindings(visited(), new Findings(day(4), List.of(codes), null)));
    }

    private Assessment reported() {
        return accepted(process.issueReport(withFindings("B2.2"), report(day(5), OverallRisk.MEDIUM, null)));
    }

    private static ReportDraft report(LocalDate date, OverallRisk risk, String reason) {
        return new ReportDraft(date, false, true, risk, List.of("家庭教育指导"), reason);
    }

    private static Assessment accepted(StepDecision decision) {
        assertThat(decision.accepted()).as("refusals %s", decision.refusals()).isTrue();
        assertThat(decision.basis()).isNotEmpty();
        return decision.assessment();
    }

    private static void refused(StepDecision decision, ProcessRefusalCode... codes) {
        assertThat(decision.accepted()).isFalse();
        assertThat(Set.copyOf(decision.refusalCodes())).containsExactlyInAnyOrder(codes);
        assertThat(decision.refusals()).allSatisfy(r -> assertThat(r.basis()).isNotEmpty());
        assertThat(decision.basis()).isNotEmpty();
    }

    @Test
    void runsTheWholeProcessInOrder() {
        Assessment a = reported();
        a = accepted(process.notifyProblems(a, day(6)));
        a = accepted(process.referForAssistance(a, new AssistanceReferral(day(7), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.STILL_IN_DIFFICULTY_AFTER_GOVERNMENT_RELIEF, new FamilyConsent(day(7), "CONSENT-1"))));
        assertThat(a.stage()).isEqualTo(AssessmentStage.PROBLEMS_NOTIFIED);
        assertThat(a.conclusionValid()).isTrue();
        assertThat(a.history()).extracting(e -> e.getClass().getSimpleName()).containsExactly("AssessmentOpened",
                "WrittenNoticeGiven", "TeamAssigned", "VisitConducted", "FindingsRecorded", "ReportIssued",
                "ProblemsNotified", "AssistanceReferred");
        assertThat(a.assistanceReferrals().get(0).channel()).isEqualTo(ReferralChannel.SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY);
        assertThat(a.history()).allSatisfy(e -> assertThat(e.basis()).isNotEmpty());
    }

    @Test
    void opensWithTheTriggerAndSaysWhetherItIsMandatory() {
        StepDecision d = process.open(new OpenAssessment(OPENED, AssessmentTrigger.RETURN_TO_GUARDIAN_AFTER_TEMPORARY_GUARDIANSHIP,
                AssessingAgency.PUBLIC_SECURITY, Sex.M, BORN));
        assertThat(d.assessment().opening().mandatory()).isTrue();
        assertThat(d.basis()).extracting(Basis::article).containsExactly("第四条", "第五条");
        assertThat(d.assessment().stage()).isEqualTo(AssessmentStage.OPENED);
    }

    @Test
    void opensOnlyForAMinor() {
        LocalDate eighteenth = BORN.plusYears(18);
        assertThat(process.open(new OpenAssessment(eighteenth.minusDays(1), AssessmentTrigger.ADOPTION,
                AssessingAgency.CIVIL_AFFAIRS, Sex.F, BORN)).accepted()).isTrue();
        assertThatThrownBy(() -> process.open(new OpenAssessment(eighteenth, AssessmentTrigger.ADOPTION,
                AssessingAgency.CIVIL_AFFAIRS, Sex.F, BORN)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorBirthDate"));
        assertThatThrownBy(() -> process.open(new OpenAssessment(BORN.minusDays(1), AssessmentTrigger.ADOPTION,
                AssessingAgency.CIVIL_AFFAIRS, Sex.F, BORN)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("minorBirthDate"));
    }

    @Test
    void theWrittenNoticeIsGivenOnce() {
        refused(process.giveWrittenNotice(notified(), day(2)), ProcessRefusalCode.WRITTEN_NOTICE_ALREADY_GIVEN);
    }

    @Test
    void aVisitBeforeTheWrittenNoticeIsRefused() {
        Assessment a = accepted(process.assignTeam(opened(), new TeamAssignment(day(1), ConductingMode.SELF_ORGANISED, OWN_TEAM, null)));
        StepDecision d = process.recordVisit(a, new Visit(day(2), VISITORS, "ARCHIVE-1", false));
        refused(d, ProcessRefusalCode.WRITTEN_NOTICE_MISSING);
        assertThat(d.basis()).contains(Basis.of("京民儿福发〔2024〕103号", "第十条"));
        assertThat(d.assessment()).isEqualTo(a);
    }

    @Test
    void aVisitBeforeATeamIsAssignedIsRefused() {
        refused(process.recordVisit(notified(), new Visit(day(2), VISITORS, "ARCHIVE-1", false)),
                ProcessRefusalCode.TEAM_NOT_ASSIGNED);
    }

    @Test
    void aVisitWithANonCompliantTeamIsRefusedOncePerBreach() {
        StepDecision d = process.recordVisit(teamed(), new Visit(day(3),
                List.of(new Assessor(Sex.M, false, true)), "ARCHIVE-1", false));
        refused(d, ProcessRefusalCode.VISIT_TEAM_NOT_COMPLIANT);
        assertThat(d.refusals()).hasSize(4);
        assertThat(d.refusals()).extracting(Refusal::detail).anySatisfy(s -> assertThat(s).startsWith("FEWER_THAN_TWO_ASSESSORS"))
                .anySatisfy(s -> assertThat(s).startsWith("NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR"))
                .anySatisfy(s -> assertThat(s).startsWith("CREDENTIAL_NOT_SHOWN"))
                .anySatisfy(s -> assertThat(s).startsWith("CONFLICT_OF_INTEREST_RECUSAL_REQUIRED"));
    }

    @Test
    void aVisitWithoutAnArchivedRecordingIsRefused() {
        refused(process.recordVisit(teamed(), new Visit(day(3), VISITORS, " ", false)), ProcessRefusalCode.RECORDING_NOT_ARCHIVED);
        refused(process.recordVisit(teamed(), new Visit(day(3), VISITORS, null, false)), ProcessRefusalCode.RECORDING_NOT_ARCHIVED);
    }

    @Test
    void theViewsOfAMinorOfEightAreRecordedFromTheEighthBirthday() {
        Assessment a = teamed();
        // day(6) = 2025-03-09: still 7, interview optional
        StepDecision seven = process.recordVisit(a, new Visit(day(6), VISITORS, "ARCHIVE-1", false));
        assertThat(seven.accepted()).isTrue();
        assertThat(seven.assessment().visits().get(0).minorAgeYears()).isEqualTo(7);
        // day(7) = 2025-03-10: the eighth birthday
        refused(process.recordVisit(a, new Visit(day(7), VISITORS, "ARCHIVE-1", false)), ProcessRefusalCode.MINOR_VIEWS_NOT_RECORDED);
        StepDecision eight = process.recordVisit(a, new Visit(day(7), VISITORS, "ARCHIVE-1", true));
        assertThat(eight.accepted()).isTrue();
        assertThat(eight.assessment().visits().get(0).minorInterviewRequired()).isTrue();
    }

    @Test
    void findingsNeedAnOnSiteVisit() {
        refused(process.recordFindings(teamed(), new Findings(day(3), List.of("A1.1"), null)), ProcessRefusalCode.NO_ONSITE_VISIT);
    }

    @Test
    void findingsWithAnUnknownCodeAreBadInput() {
        assertThatThrownBy(() -> process.recordFindings(visited(), new Findings(day(4), List.of("A1.1", "Z1"), null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("adverseFindings[1]"));
    }

    @Test
    void theReportNeedsFindings() {
        refused(process.issueReport(visited(), report(day(4), OverallRisk.NONE, null)), ProcessRefusalCode.FINDINGS_NOT_RECORDED);
    }

    @Test
    void theReportGivesRecommendations() {
        StepDecision d = process.issueReport(withFindings("B2.2"),
                new ReportDraft(day(5), false, true, OverallRisk.MEDIUM, List.of(" "), null));
        refused(d, ProcessRefusalCode.RECOMMENDATIONS_MISSING);
    }

    @Test
    void theReportStatesTheThreeConclusions() {
        assertThatThrownBy(() -> process.issueReport(withFindings("B2.2"),
                new ReportDraft(day(5), null, true, OverallRisk.MEDIUM, List.of("x"), null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("dutyProperlyFulfilled"));
        assertThatThrownBy(() -> process.issueReport(withFindings("B2.2"),
                new ReportDraft(day(5), true, null, OverallRisk.MEDIUM, List.of("x"), null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("hasGuardianshipCapacity"));
        assertThatThrownBy(() -> process.issueReport(withFindings("B2.2"),
                new ReportDraft(day(5), true, true, null, List.of("x"), null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("riskConclusion"));
    }

    @Test
    void aRiskConclusionOtherThanTheComputedRiskNeedsAReason() {
        Assessment a = withFindings("B2.2");
        refused(process.issueReport(a, report(day(5), OverallRisk.LOW, null)),
                ProcessRefusalCode.DIFFERING_RISK_CONCLUSION_WITHOUT_REASON);
        refused(process.issueReport(a, report(day(5), OverallRisk.HIGH, "  ")),
                ProcessRefusalCode.DIFFERING_RISK_CONCLUSION_WITHOUT_REASON);
        StepDecision withReason = process.issueReport(a, report(day(5), OverallRisk.LOW, "the guardian's illness is treated"));
        ReportIssued report = withReason.assessment().report().orElseThrow();
        assertThat(report.computedRisk()).isEqualTo(OverallRisk.MEDIUM);
        assertThat(report.riskConclusion()).isEqualTo(OverallRisk.LOW);
        assertThat(report.reasonForDifferingRiskConclusion()).isEqualTo("the guardian's illness is treated");
    }

    @Test
    void aDifferingConclusionNeedsNoReasonWhenThePlatformRuleIsOff() {
        AssessmentProcess lenient = new AssessmentProcess(ShippedParameters.withProcessFlags(false, true, true, true));
        Assessment a = accepted(lenient.recordFindings(visited(), new Findings(day(4), List.of("B2.2"), null)));
        assertThat(lenient.issueReport(a, report(day(5), OverallRisk.LOW, null)).accepted()).isTrue();
    }

    @Test
    void theReportWaitsForADuePoliceReport() {
        PoliceReportGrounds grounds = new PoliceReportGrounds(true, false, true);
        Assessment a = accepted(process.recordFindings(visited(), new Findings(day(4), List.of("A4.1.2"), grounds)));
        assertThat(a.policeReportDue()).isTrue();
        refused(process.issueReport(a, report(day(5), OverallRisk.HIGH, null)), ProcessRefusalCode.POLICE_REPORT_OUTSTANDING);
        Assessment reported = accepted(process.reportToPolice(a, new PoliceReferral(day(5), grounds)));
        assertThat(reported.policeReportDue()).isFalse();
        assertThat(process.issueReport(reported, report(day(5), OverallRisk.HIGH, null)).accepted()).isTrue();
    }

    @Test
    void aPoliceReportNeedsSeriousHarmSuspectedUnlawfulOrCriminal() {
        refused(process.reportToPolice(visited(), new PoliceReferral(day(4), new PoliceReportGrounds(true, false, false))),
                ProcessRefusalCode.POLICE_REPORT_GROUNDS_NOT_MET);
        assertThat(process.reportToPolice(opened(), new PoliceReferral(day(0), new PoliceReportGrounds(false, true, true)))
                .accepted()).isTrue();
    }

    @Test
    void theReportIsIssuedOnceAndClosesFindingsVisitsAndTeam() {
        Assessment a = reported();
        refused(process.issueReport(a, report(day(6), OverallRisk.MEDIUM, null)), ProcessRefusalCode.REPORT_ALREADY_ISSUED);
        refused(process.recordFindings(a, new Findings(day(6), List.of("A1.1"), null)), ProcessRefusalCode.REPORT_ALREADY_ISSUED);
        refused(process.recordVisit(a, new Visit(day(6), VISITORS, "ARCHIVE-2", true)), ProcessRefusalCode.REPORT_ALREADY_ISSUED);
        refused(process.assignTeam(a, new TeamAssignment(day(6), ConductingMode.SELF_ORGANISED, OWN_TEAM, null)),
                ProcessRefusalCode.REPORT_ALREADY_ISSUED);
    }

    @Test
    void problemsAreNotifiedInWritingAfterTheReportAndOnce() {
        refused(process.notifyProblems(withFindings("A1.1"), day(5)), ProcessRefusalCode.REPORT_NOT_ISSUED);
        Assessment a = accepted(process.notifyProblems(reported(), day(6)));
        refused(process.notifyProblems(a, day(7)), ProcessRefusalCode.PROBLEMS_ALREADY_NOTIFIED);
    }

    @Test
    void noFeeIsEverChargedToTheAssessedParty() {
        for (Assessment a : List.of(opened(), visited(), reported())) {
            for (String amount : List.of("0.00", "0.01", "200.00")) {
                StepDecision d = process.chargeFee(a, new FeeCharge(a.lastEventDate(), new BigDecimal(amount)));
                refused(d, ProcessRefusalCode.FEE_NOT_PERMITTED);
                assertThat(d.basis()).containsExactly(Basis.of("京民儿福发〔2024〕103号", "第十六条"));
            }
        }
        assertThatThrownBy(() -> process.chargeFee(opened(), new FeeCharge(OPENED, new BigDecimal("-1"))))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("amount"));
    }

    @Test
    void invalidationKeepsTheHistoryAndClosesTheAssessment() {
        Assessment before = accepted(process.notifyProblems(reported(), day(6)));
        Assessment a = accepted(process.invalidate(before, new Invalidation(day(8),
                InvalidationGround.FORGED_OR_ALTERED_MATERIAL, "income certificate altered")));
        assertThat(a.stage()).isEqualTo(AssessmentStage.INVALIDATED);
        assertThat(a.report()).isPresent();
        assertThat(a.conclusionValid()).isFalse();
        assertThat(a.history()).startsWith(before.history().toArray(ProcessEvent[]::new));
        refused(process.invalidate(a, new Invalidation(day(9), InvalidationGround.FALSE_REPORT, "again")),
                ProcessRefusalCode.ALREADY_INVALIDATED);
        refused(process.giveWrittenNotice(a, day(9)), ProcessRefusalCode.ASSESSMENT_INVALIDATED);
        refused(process.notifyProblems(a, day(9)), ProcessRefusalCode.ASSESSMENT_INVALIDATED);
        refused(process.referForAssistance(a, new AssistanceReferral(day(9), AssistanceKind.GOVERNMENT_RELIEF,
                HouseholdReliefSituation.OTHER, new FamilyConsent(day(9), "C-1"))), ProcessRefusalCode.ASSESSMENT_INVALIDATED);
        // 第十四条 does not depend on the validity of the conclusion
        assertThat(process.reportToPolice(a, new PoliceReferral(day(9), new PoliceReportGrounds(true, false, true))).accepted())
                .isTrue();
    }

    @Test
    void onlyAnIssuedConclusionCanBeInvalidated() {
        refused(process.invalidate(withFindings("A1.1"), new Invalidation(day(5), InvalidationGround.CONCEALED_FACTS, "x")),
                ProcessRefusalCode.NO_CONCLUSION_TO_INVALIDATE);
        assertThatThrownBy(() -> process.invalidate(reported(), new Invalidation(day(6), InvalidationGround.CONCEALED_FACTS, "")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("statement"));
    }

    @Test
    void aCharityReferralNeedsPriorRecordedConsent() {
        Assessment a = reported();
        refused(process.referForAssistance(a, new AssistanceReferral(day(6), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF, null)), ProcessRefusalCode.CONSENT_NOT_RECORDED);
        StepDecision late = process.referForAssistance(a, new AssistanceReferral(day(6), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF, new FamilyConsent(day(7), "C-1")));
        refused(late, ProcessRefusalCode.CONSENT_NOT_RECORDED);
        assertThat(late.basis()).contains(Basis.of("京民社救发〔2024〕111号", "二(二)4"));
        assertThat(process.referForAssistance(a, new AssistanceReferral(day(6), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF, new FamilyConsent(day(6), "C-1"))).accepted())
                .isTrue();
    }

    @Test
    void aCharityReferralIsForHouseholdsNotCoveredByRelief() {
        refused(process.referForAssistance(reported(), new AssistanceReferral(day(6), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.OTHER, new FamilyConsent(day(6), "C-1"))), ProcessRefusalCode.CHARITY_REFERRAL_NOT_INDICATED);
    }

    @Test
    void aGovernmentReliefReferralNeedsConsentUnderThePlatformRule() {
        AssistanceReferral noConsent = new AssistanceReferral(day(6), AssistanceKind.GOVERNMENT_RELIEF,
                HouseholdReliefSituation.OTHER, null);
        refused(process.referForAssistance(reported(), noConsent), ProcessRefusalCode.CONSENT_NOT_RECORDED);
        AssessmentProcess withoutRule = new AssessmentProcess(ShippedParameters.withProcessFlags(true, true, true, false));
        assertThat(withoutRule.referForAssistance(reported(), noConsent).accepted()).isTrue();
    }

    @Test
    void anAssistanceReferralFollowsTheReport() {
        AssistanceReferral referral = new AssistanceReferral(day(5), AssistanceKind.CHARITY_ASSISTANCE,
                HouseholdReliefSituation.STILL_IN_DIFFICULTY_AFTER_GOVERNMENT_RELIEF, new FamilyConsent(day(5), "C-1"));
        refused(process.referForAssistance(withFindings("A1.1"), referral), ProcessRefusalCode.REPORT_NOT_ISSUED);
        AssessmentProcess early = new AssessmentProcess(ShippedParameters.withProcessFlags(true, true, false, true));
        assertThat(early.referForAssistance(withFindings("A1.1"), referral).accepted()).isTrue();
    }

    @Test
    void anOwnTeamHasAgencyStaffAndAProfessionalWithoutInterest() {
        refused(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.SELF_ORGANISED,
                List.of(new TeamMember(MemberRole.AGENCY_STAFF, false), new TeamMember(MemberRole.AGENCY_STAFF, false)), null)),
                ProcessRefusalCode.TEAM_COMPOSITION_INCOMPLETE);
        refused(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.SELF_ORGANISED,
                List.of(new TeamMember(MemberRole.LEGAL_PROFESSIONAL, false)), null)),
                ProcessRefusalCode.TEAM_COMPOSITION_INCOMPLETE);
        refused(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.SELF_ORGANISED,
                List.of(new TeamMember(MemberRole.AGENCY_STAFF, true), new TeamMember(MemberRole.EDUCATION_PROFESSIONAL, false)),
                null)), ProcessRefusalCode.MEMBER_RECUSAL_REQUIRED);
    }

    @Test
    void anEntrustedThirdPartyMeetsArticleSeven() {
        Assessment a = accepted(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.ENTRUSTED, null,
                ThirdPartyEntrustmentCheckTest.compliant())));
        assertThat(a.team().orElseThrow().mode()).isEqualTo(ConductingMode.ENTRUSTED);
        Entrustment noAgreement = new Entrustment(false, true, ThirdPartyEntrustmentCheckTest.organisation(OrganisationType.LEGAL_SERVICE),
                List.of(ThirdPartyEntrustmentCheckTest.qualifiedAssessor()));
        refused(process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.ENTRUSTED, null, noAgreement)),
                ProcessRefusalCode.ENTRUSTMENT_NOT_COMPLIANT);
        assertThatThrownBy(() -> process.assignTeam(notified(), new TeamAssignment(day(2), ConductingMode.ENTRUSTED, null, null)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("entrustment"));
    }

    @Test
    void aVisitAfterTheMinorComesOfAgeIsBadInput() {
        Assessment a = accepted(process.assignTeam(accepted(process.giveWrittenNotice(opened(), day(1))),
                new TeamAssignment(day(2), ConductingMode.SELF_ORGANISED, OWN_TEAM, null)));
        assertThat(process.recordVisit(a, new Visit(BORN.plusYears(18).minusDays(1), VISITORS, "A-1", true)).accepted())
                .isTrue();
        assertThatThrownBy(() -> process.recordVisit(a, new Visit(BORN.plusYears(18), VISITORS, "A-1", true)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void aStepDatedBeforeTheLastStepIsBadInput() {
        assertThatThrownBy(() -> process.giveWrittenNotice(opened(), OPENED.minusDays(1)))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("date"));
    }

    @Test
    void laterFindingsReplaceEarlierOnesBeforeTheReport() {
        Assessment a = withFindings("A4.1.2");
        a = accepted(process.recordFindings(a, new Findings(day(4), List.of("A1.1"), null)));
        assertThat(a.findings().orElseThrow().risk().overallRisk()).isEqualTo(OverallRisk.LOW);
        assertThat(process.issueReport(a, report(day(5), OverallRisk.LOW, null)).accepted()).isTrue();
    }
}
