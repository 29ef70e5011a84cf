package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Basis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * The gates of a family guardianship capacity assessment (京民儿福发〔2024〕103号 第四章, 第十六条, 第十八条) and of the
 * assistance referral (京民社救发〔2024〕111号 二(二)4), as a small state machine over {@link Assessment}.
 *
 * <p>Every step takes the assessment and a dated command and returns a {@link StepDecision}: accepted with one more
 * event, or refused with every failed gate (stable code + basis). Step dates must not precede the last recorded
 * step (else {@link PolicyInputException} on {@code date}). After invalidation (第十八条) only police reports are
 * accepted: the duty of 第十四条 does not depend on the validity of the conclusion.
 */
@Rule(id = "assessment-process", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第十条", parameters = {
        "age-of-majority", "minor-interview-age", "differing-risk-conclusion-requires-reason",
        "police-report-before-assessment-report", "assistance-referral-after-report",
        "consent-required-for-government-relief-referral", "guardianship-indicators",
        "low-risk-findings-raise-overall-risk", "minimum-visit-assessors", "female-assessors-for-female-minor",
        "full-years-reached-day-after-birthday"})
public final class AssessmentProcess implements Decides<ProcessScenario, ProcessScenario.Replay> {

    private final EffectiveDated<Integer> ageOfMajority;
    private final EffectiveDated<Integer> minorInterviewAge;
    private final EffectiveDated<Boolean> differingRiskConclusionRequiresReason;
    private final EffectiveDated<Boolean> policeReportBeforeAssessmentReport;
    private final EffectiveDated<Boolean> assistanceReferralAfterReport;
    private final EffectiveDated<Boolean> consentRequiredForGovernmentReliefReferral;
    private final GuardianshipRisk risk;
    private final VisitTeamCheck visitTeamCheck;
    private final FullYearsOfAge age;
    private final ThirdPartyEntrustmentCheck entrustmentCheck = new ThirdPartyEntrustmentCheck();
    private final PoliceReportDuty policeReportDuty = new PoliceReportDuty();
    private final AssessmentObligation obligation = new AssessmentObligation();

    /** Builds its own checks from the same parameters, so that a variant of one parameter reaches every gate. */
    public AssessmentProcess(ParameterSet parameters) {
        ageOfMajority = parameters.get("age-of-majority", ParameterNode::count);
        minorInterviewAge = parameters.get("minor-interview-age", ParameterNode::count);
        differingRiskConclusionRequiresReason = parameters.get("differing-risk-conclusion-requires-reason",
                ParameterNode::flag);
        policeReportBeforeAssessmentReport = parameters.get("police-report-before-assessment-report",
                ParameterNode::flag);
        assistanceReferralAfterReport = parameters.get("assistance-referral-after-report", ParameterNode::flag);
        consentRequiredForGovernmentReliefReferral = parameters.get("consent-required-for-government-relief-referral",
                ParameterNode::flag);
        this.risk = new GuardianshipRisk(parameters);
        this.visitTeamCheck = new VisitTeamCheck(parameters);
        this.age = new FullYearsOfAge(parameters);
    }

    /**
     * Replays a scenario: opens the assessment, then runs every step in order, a refused step leaving the assessment
     * as it was. What the auditors' cases of the process check, step by step.
     */
    @Override
    public ProcessScenario.Replay decide(ProcessScenario scenario, LocalDate decisionDate) {
        return scenario.replay(this);
    }

    /** 第二条/第五条 agency, 第四条 occasion; the minor must be a minor on the opening date. */
    public StepDecision open(OpenAssessment command) {
        Inputs.required("command", command);
        LocalDate date = Inputs.required("date", command.date());
        AssessmentTrigger trigger = Inputs.required("trigger", command.trigger());
        AssessingAgency agency = Inputs.required("agency", command.agency());
        Sex minorSex = Inputs.required("minorSex", command.minorSex());
        LocalDate birthDate = Inputs.required("minorBirthDate", command.minorBirthDate());
        if (birthDate.isAfter(date)) {
            throw new PolicyInputException("minorBirthDate", "after the opening date " + date);
        }
        InForce<Integer> majority = ageOfMajority.on(date);
        int years = age.ageOn(birthDate, date, "date");
        if (years >= majority.value()) {
            throw new PolicyInputException("minorBirthDate", "the person is not a minor on the opening date");
        }
        AssessmentObligationDecision obligationDecision = obligation.decide(trigger);
        List<Basis> basis = new ArrayList<>(obligationDecision.basis());
        basis.add(GazetteCitations.measures("第五条"));
        return StepDecision.accept(null, new AssessmentOpened(date, trigger, agency, minorSex, birthDate,
                obligationDecision.mandatory(), basis));
    }

    /** 第十条: "有关部门决定开展家庭监护能力评估的，应当书面告知评估对象". */
    public StepDecision giveWrittenNotice(Assessment assessment, LocalDate date) {
        checkDate(assessment, date);
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        if (assessment.writtenNotice().isPresent()) {
            refusals.add(refusal(ProcessRefusalCode.WRITTEN_NOTICE_ALREADY_GIVEN,
                    "written notice recorded on " + assessment.writtenNotice().get().date(), measures("第十条")));
        }
        return StepDecision.acceptUnlessRefused(assessment, refusals,
                () -> new WrittenNoticeGiven(date, List.of(measures("第十条"))));
    }

    /**
     * 第六条 (own team: the agency's staff and social-work/legal/psychology/education professionals), 第七条
     * (entrustment). A team may be replaced until the report is issued.
     */
    public StepDecision assignTeam(Assessment assessment, TeamAssignment assignment) {
        Inputs.required("assignment", assignment);
        checkDate(assessment, assignment.date());
        ConductingMode mode = Inputs.required("mode", assignment.mode());
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        refuseWhenReported(assessment, refusals);
        List<Basis> basis = new ArrayList<>();
        if (mode == ConductingMode.SELF_ORGANISED) {
            if (assignment.entrustment() != null) {
                throw new PolicyInputException("entrustment", "must be absent for a SELF_ORGANISED team");
            }
            List<TeamMember> members = Inputs.required("members", assignment.members());
            boolean staff = false;
            boolean professional = false;
            for (int i = 0; i < members.size(); i++) {
                TeamMember member = Inputs.required("members[" + i + "]", members.get(i));
                MemberRole role = Inputs.required("members[" + i + "].role", member.role());
                boolean conflict = Inputs.required("members[" + i + "].conflictOfInterest", member.conflictOfInterest());
                staff |= role == MemberRole.AGENCY_STAFF;
                professional |= role.professional();
                if (conflict) {
                    // [platform rule] 第七条 recusal applied to the agency's own team (第三条 客观、公正)
                    refusals.add(refusal(ProcessRefusalCode.MEMBER_RECUSAL_REQUIRED,
                            "members[" + i + "] has an interest in the guardian and must recuse",
                            measures("第七条"), measures("第三条")));
                }
            }
            if (!staff || !professional) {
                refusals.add(refusal(ProcessRefusalCode.TEAM_COMPOSITION_INCOMPLETE,
                        "an assessment team has the agency's staff and at least one social-work, legal, psychology "
                                + "or education professional" + (staff ? "" : "; no agency staff")
                                + (professional ? "" : "; no professional"),
                        measures("第六条")));
            }
            basis.add(measures("第六条"));
        } else {
            if (assignment.members() != null && !assignment.members().isEmpty()) {
                throw new PolicyInputException("members", "must be absent for an ENTRUSTED assessment");
            }
            Entrustment entrustment = Inputs.required("entrustment", assignment.entrustment());
            EntrustmentDecision decision = entrustmentCheck.check(entrustment);
            for (RuleBreach<EntrustmentViolation> breach : decision.breaches()) {
                refusals.add(refusal(ProcessRefusalCode.ENTRUSTMENT_NOT_COMPLIANT,
                        breach.code() + " (" + breach.field() + "): " + breach.detail(), breach.basis()));
            }
            basis.addAll(decision.basis());
        }
        basis.add(0, measures("第五条"));
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new TeamAssigned(assignment.date(), mode,
                assignment.members(), assignment.entrustment(), basis));
    }

    /**
     * 第十条 notice first; 第十一条: a compliant visiting team, an archived record of the visit, and the views of a
     * minor 满八周岁 recorded (age on the visit date, {@link FullYearsOfAge}).
     */
    public StepDecision recordVisit(Assessment assessment, Visit visit) {
        Inputs.required("visit", visit);
        LocalDate date = visit.date();
        checkDate(assessment, date);
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        refuseWhenReported(assessment, refusals);
        if (assessment.writtenNotice().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.WRITTEN_NOTICE_MISSING,
                    "the assessed party must be notified in writing before the visit", measures("第十条")));
        }
        if (assessment.team().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.TEAM_NOT_ASSIGNED,
                    "no assessment team or entrusted third party assigned", measures("第六条"), measures("第七条")));
        }
        AssessmentOpened opening = assessment.opening();
        int minorAge = age.ageOn(opening.minorBirthDate(), date, "date");
        int majority = ageOfMajority.on(date).value();
        if (minorAge >= majority) {
            throw new PolicyInputException("date", "the person is no longer a minor on this date");
        }
        VisitTeamDecision team = visitTeamCheck.check(
                new VisitTeam(opening.minorSex(), minorAge, visit.assessors()), date);
        for (RuleBreach<VisitTeamViolation> breach : team.breaches()) {
            refusals.add(refusal(ProcessRefusalCode.VISIT_TEAM_NOT_COMPLIANT,
                    breach.code() + " (" + breach.field() + "): " + breach.detail(), breach.basis()));
        }
        if (visit.recordingReference() == null || visit.recordingReference().isBlank()) {
            refusals.add(refusal(ProcessRefusalCode.RECORDING_NOT_ARCHIVED,
                    "the whole visit is recorded (text, audio/video) and archived: give the archive reference",
                    measures("第十一条")));
        }
        boolean viewsRecorded = Inputs.required("minorViewsRecorded", visit.minorViewsRecorded());
        InForce<Integer> interviewAge = minorInterviewAge.on(date);
        if (team.minorInterviewRequired() && !viewsRecorded) {
            refusals.add(refusal(ProcessRefusalCode.MINOR_VIEWS_NOT_RECORDED,
                    "the minor is " + minorAge + " (满" + interviewAge.value()
                            + "周岁): the assessors must talk with them and record their views",
                    measures("第十一条", interviewAge)));
        }
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new VisitConducted(date, visit.assessors(),
                visit.recordingReference(), minorAge, team.minorInterviewRequired(), viewsRecorded, team.basis()));
    }

    /** 第九条: findings rest on an on-site visit; 附件: each adverse finding is an indicator code; 第十四条 grounds. */
    public StepDecision recordFindings(Assessment assessment, Findings findings) {
        Inputs.required("findings", findings);
        LocalDate date = findings.date();
        checkDate(assessment, date);
        RiskEvaluation evaluation = risk.evaluate(findings.adverseFindings(), date);
        PoliceReportGrounds grounds = findings.policeReportGrounds() == null
                ? PoliceReportGrounds.none() : findings.policeReportGrounds();
        PoliceReportDecision police = policeReportDuty.assess(grounds);
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        refuseWhenReported(assessment, refusals);
        if (assessment.visits().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.NO_ONSITE_VISIT,
                    "家庭监护能力评估应以实地评估为主: record an on-site visit first", measures("第九条")));
        }
        List<Basis> basis = new ArrayList<>(evaluation.basis());
        basis.addAll(police.basis());
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new FindingsRecorded(date,
                findings.adverseFindings(), evaluation, police.required(), basis));
    }

    /**
     * 第十二条: the written report with three conclusions and recommendations. [platform rule] a risk conclusion other
     * than the computed overall risk needs a reason; [platform rule] a due police report (第十四条 "及时") is made
     * before the report.
     */
    public StepDecision issueReport(Assessment assessment, ReportDraft draft) {
        Inputs.required("report", draft);
        LocalDate date = draft.date();
        checkDate(assessment, date);
        boolean duty = Inputs.required("dutyProperlyFulfilled", draft.dutyProperlyFulfilled());
        boolean capacity = Inputs.required("hasGuardianshipCapacity", draft.hasGuardianshipCapacity());
        OverallRisk conclusion = Inputs.required("riskConclusion", draft.riskConclusion());
        List<String> recommendations = draft.recommendations() == null ? List.of() : draft.recommendations();
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        refuseWhenReported(assessment, refusals);
        OverallRisk computed = assessment.findings()
                .map(recorded -> risk.evaluate(recorded.adverseFindings(), date).overallRisk()).orElse(null);
        if (computed == null) {
            refusals.add(refusal(ProcessRefusalCode.FINDINGS_NOT_RECORDED,
                    "the report analyses the recorded findings (综合分析评估情况)", measures("第十二条")));
        }
        if (recommendations.stream().allMatch(r -> r == null || r.isBlank())) {
            refusals.add(refusal(ProcessRefusalCode.RECOMMENDATIONS_MISSING,
                    "the report gives intervention/assistance recommendations (对家庭监护进行干预帮扶提出建议)",
                    measures("第十二条")));
        }
        InForce<Boolean> reasonRequired = differingRiskConclusionRequiresReason.on(date);
        String reason = draft.reasonForDifferingRiskConclusion();
        if (computed != null && conclusion != computed && reasonRequired.value() && (reason == null || reason.isBlank())) {
            refusals.add(refusal(ProcessRefusalCode.DIFFERING_RISK_CONCLUSION_WITHOUT_REASON,
                    "risk conclusion " + conclusion + " differs from the risk computed from the findings (" + computed
                            + "): record the reason",
                    measures("第十二条", reasonRequired), measures("附件")));
        }
        InForce<Boolean> policeFirst = policeReportBeforeAssessmentReport.on(date);
        if (policeFirst.value() && assessment.policeReportDue()) {
            refusals.add(refusal(ProcessRefusalCode.POLICE_REPORT_OUTSTANDING,
                    "the findings oblige a prompt report to public security; report before issuing the assessment report",
                    measures("第十四条", policeFirst)));
        }
        List<Basis> basis = List.of(measures("第十二条"), measures("附件", reasonRequired));
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new ReportIssued(date, duty, capacity,
                conclusion, computed, recommendations.stream().filter(r -> r != null && !r.isBlank()).toList(),
                conclusion == computed ? null : reason, basis));
    }

    /** 第十三条: "评估实施部门应将家庭监护存在的问题及建议书面告知评估对象". */
    public StepDecision notifyProblems(Assessment assessment, LocalDate date) {
        checkDate(assessment, date);
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        if (assessment.report().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.REPORT_NOT_ISSUED,
                    "the problems and recommendations come from the issued report", measures("第十三条"), measures("第十二条")));
        }
        if (assessment.problemsNotified().isPresent()) {
            refusals.add(refusal(ProcessRefusalCode.PROBLEMS_ALREADY_NOTIFIED,
                    "notified in writing on " + assessment.problemsNotified().get().date(), measures("第十三条")));
        }
        return StepDecision.acceptUnlessRefused(assessment, refusals,
                () -> new ProblemsNotified(date, List.of(measures("第十三条"))));
    }

    /** 第十六条: "开展家庭监护能力评估不得向评估对象收取任何费用" — always refused, whatever the amount. */
    public StepDecision chargeFee(Assessment assessment, FeeCharge charge) {
        Inputs.required("charge", charge);
        checkDate(assessment, charge.date());
        BigDecimal amount = Inputs.required("amount", charge.amount());
        if (amount.signum() < 0) {
            throw new PolicyInputException("amount", "must not be negative, was " + amount);
        }
        return StepDecision.refuse(assessment, List.of(refusal(ProcessRefusalCode.FEE_NOT_PERMITTED,
                "no fee of any kind may be charged to the assessed party (" + amount + " yuan attempted)",
                measures("第十六条"))));
    }

    /**
     * 第十八条: forged/altered material, concealed facts or a false report → the conclusion is invalid. The report
     * stays in the history; the assessment is closed to further steps except police reports.
     */
    public StepDecision invalidate(Assessment assessment, Invalidation invalidation) {
        Inputs.required("invalidation", invalidation);
        checkDate(assessment, invalidation.date());
        InvalidationGround ground = Inputs.required("ground", invalidation.ground());
        if (invalidation.statement() == null || invalidation.statement().isBlank()) {
            throw new PolicyInputException("statement", "say what was forged, altered, concealed or false");
        }
        List<Refusal> refusals = new ArrayList<>();
        if (assessment.invalidated()) {
            refusals.add(refusal(ProcessRefusalCode.ALREADY_INVALIDATED,
                    "invalidated on " + assessment.invalidation().get().date(), measures("第十八条")));
        } else if (assessment.report().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.NO_CONCLUSION_TO_INVALIDATE,
                    "no report has been issued: there is no conclusion to declare invalid", measures("第十八条")));
        }
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new ConclusionInvalidated(
                invalidation.date(), ground, invalidation.statement(), List.of(measures("第十八条"))));
    }

    /** 第十四条: a police report on grounds of serious harm or infringement suspected unlawful or criminal. */
    public StepDecision reportToPolice(Assessment assessment, PoliceReferral referral) {
        Inputs.required("referral", referral);
        checkDate(assessment, referral.date());
        PoliceReportDecision decision = policeReportDuty.assess(referral.grounds());
        if (!decision.required()) {
            return StepDecision.refuse(assessment, List.of(refusal(ProcessRefusalCode.POLICE_REPORT_GROUNDS_NOT_MET,
                    "第十四条 covers serious harm or other serious infringement by the parents/guardian that is "
                            + "suspected unlawful or criminal",
                    decision.basis())));
        }
        return StepDecision.accept(assessment, new PoliceReported(referral.date(), referral.grounds(), decision.basis()));
    }

    /**
     * 京民社救发〔2024〕111号 二(二)4: charity help for households not yet eligible for government relief or still in
     * difficulty after it, "在征得困难群众同意的前提下", through the sub-district/township relief agency.
     * [platform rule] the family's consent is also required for a government-relief referral, and a referral
     * follows the issued report (第十二条 recommendations).
     */
    public StepDecision referForAssistance(Assessment assessment, AssistanceReferral referral) {
        Inputs.required("referral", referral);
        LocalDate date = referral.date();
        checkDate(assessment, date);
        AssistanceKind kind = Inputs.required("kind", referral.kind());
        HouseholdReliefSituation situation = Inputs.required("situation", referral.situation());
        List<Refusal> refusals = new ArrayList<>();
        if (refuseWhenInvalidated(assessment, refusals)) {
            return StepDecision.refuse(assessment, refusals);
        }
        InForce<Boolean> afterReport = assistanceReferralAfterReport.on(date);
        if (afterReport.value() && assessment.report().isEmpty()) {
            refusals.add(refusal(ProcessRefusalCode.REPORT_NOT_ISSUED,
                    "assistance follows the report's intervention/assistance recommendations",
                    measures("第十二条", afterReport)));
        }
        List<Basis> consentBasis = new ArrayList<>();
        consentBasis.add(GazetteCitations.charityReferralConsent());
        boolean consentRequired = true;
        if (kind == AssistanceKind.GOVERNMENT_RELIEF) {
            InForce<Boolean> reliefConsent = consentRequiredForGovernmentReliefReferral.on(date);
            consentRequired = reliefConsent.value();
            consentBasis.set(0, GazetteCitations.charityReferralConsent().withParameters(reliefConsent.version()));
            consentBasis.add(measures("第十五条"));
        }
        FamilyConsent consent = referral.consent();
        if (consentRequired) {
            if (consent == null || consent.recordedOn() == null || consent.reference() == null
                    || consent.reference().isBlank()) {
                refusals.add(refusal(ProcessRefusalCode.CONSENT_NOT_RECORDED,
                        "the family's consent is recorded (date and reference) before the referral", consentBasis));
            } else if (consent.recordedOn().isAfter(date)) {
                refusals.add(refusal(ProcessRefusalCode.CONSENT_NOT_RECORDED,
                        "consent recorded on " + consent.recordedOn() + ", after the referral on " + date
                                + ": consent comes first (在征得…同意的前提下)",
                        consentBasis));
            }
        }
        if (kind == AssistanceKind.CHARITY_ASSISTANCE && situation == HouseholdReliefSituation.OTHER) {
            refusals.add(refusal(ProcessRefusalCode.CHARITY_REFERRAL_NOT_INDICATED,
                    "charity help is for households not yet eligible for government relief or still in difficulty "
                            + "after it",
                    GazetteCitations.charityReferralConsent()));
        }
        List<Basis> basis = new ArrayList<>(consentBasis);
        basis.add(measures("第十二条", afterReport));
        return StepDecision.acceptUnlessRefused(assessment, refusals, () -> new AssistanceReferred(date, kind,
                situation, consent, ReferralChannel.SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY, basis));
    }

    private static void checkDate(Assessment assessment, LocalDate date) {
        Inputs.required("assessment", assessment);
        Inputs.required("date", date);
        if (date.isBefore(assessment.lastEventDate())) {
            throw new PolicyInputException("date", date + " is before the last recorded step ("
                    + assessment.lastEventDate() + ")");
        }
    }

    private static boolean refuseWhenInvalidated(Assessment assessment, List<Refusal> refusals) {
        if (assessment.invalidated()) {
            refusals.add(refusal(ProcessRefusalCode.ASSESSMENT_INVALIDATED,
                    "the conclusion was declared invalid on " + assessment.invalidation().get().date()
                            + "; open a new assessment",
                    measures("第十八条")));
            return true;
        }
        return false;
    }

    private static void refuseWhenReported(Assessment assessment, List<Refusal> refusals) {
        assessment.report().ifPresent(report -> refusals.add(refusal(ProcessRefusalCode.REPORT_ALREADY_ISSUED,
                "the report was issued on " + report.date(), measures("第十二条"))));
    }

    private static Refusal refusal(ProcessRefusalCode code, String detail, Basis... basis) {
        return refusal(code, detail, List.of(basis));
    }

    private static Refusal refusal(ProcessRefusalCode code, String detail, List<Basis> basis) {
        return new Refusal(code.name(), detail, basis);
    }

    private static Basis measures(String article) {
        return GazetteCitations.measures(article);
    }

    private static Basis measures(String article, InForce<?> parameter) {
        return GazetteCitations.measures(article, parameter);
    }
}
