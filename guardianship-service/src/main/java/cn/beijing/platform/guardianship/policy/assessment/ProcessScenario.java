package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Refusal;
import cn.beijing.platform.policy.RuleViolationException;

/**
 * An assessment opened and taken through steps in order: the input of {@link AssessmentProcess} as a rule, so that
 * the auditors' cases can replay the gates of 京民儿福发〔2024〕103号 第四章, 第十六条, 第十八条 and
 * 京民社救发〔2024〕111号 二(二)4 step by step.
 */
public record ProcessScenario(OpenAssessment opening, List<Step> steps) {

    public enum StepKind {
        WRITTEN_NOTICE, ASSIGN_TEAM, VISIT, FINDINGS, REPORT, NOTIFY_PROBLEMS, FEE, INVALIDATE, POLICE, ASSISTANCE
    }

    /**
     * One dated step; only the fields of its kind are read: {@code ASSIGN_TEAM} mode with members or an entrustment;
     * {@code VISIT} assessors, recording, minorViewsRecorded; {@code FINDINGS} adverseFindings and the grounds of
     * 第十四条 (absent flags are false, as for {@code POLICE}); {@code REPORT} the conclusions, recommendations and
     * the reason for a differing risk conclusion; {@code FEE} amount; {@code INVALIDATE} ground and statement;
     * {@code ASSISTANCE} kind, situation and the consent, if recorded.
     */
    public record Step(StepKind step, LocalDate date, ConductingMode mode, List<TeamMember> members,
                       Entrustment entrustment, List<Assessor> assessors, String recording, Boolean minorViewsRecorded,
                       List<String> adverseFindings, boolean seriousHarmToMinor, boolean otherSeriousInfringement,
                       boolean suspectedUnlawfulOrCriminal, Boolean dutyProperlyFulfilled,
                       Boolean hasGuardianshipCapacity, OverallRisk riskConclusion, List<String> recommendations,
                       String reason, BigDecimal amount, InvalidationGround ground, String statement,
                       AssistanceKind kind, HouseholdReliefSituation situation, LocalDate consentRecordedOn,
                       String consentReference) {

        StepDecision run(AssessmentProcess process, Assessment a) {
            PoliceReportGrounds grounds = new PoliceReportGrounds(seriousHarmToMinor, otherSeriousInfringement,
                    suspectedUnlawfulOrCriminal);
            return switch (Inputs.required("step", step)) {
                case WRITTEN_NOTICE -> process.giveWrittenNotice(a, date);
                case ASSIGN_TEAM -> process.assignTeam(a, new TeamAssignment(date, mode,
                        mode == ConductingMode.SELF_ORGANISED ? members : null,
                        mode == ConductingMode.SELF_ORGANISED ? null : entrustment));
                case VISIT -> process.recordVisit(a, new Visit(date, assessors, recording, minorViewsRecorded));
                case FINDINGS -> process.recordFindings(a, new Findings(date, adverseFindings, grounds));
                case REPORT -> process.issueReport(a, new ReportDraft(date, dutyProperlyFulfilled,
                        hasGuardianshipCapacity, riskConclusion, recommendations, reason));
                case NOTIFY_PROBLEMS -> process.notifyProblems(a, date);
                case FEE -> process.chargeFee(a, new FeeCharge(date, amount));
                case INVALIDATE -> process.invalidate(a, new Invalidation(date, ground, statement));
                case POLICE -> process.reportToPolice(a, new PoliceReferral(date, grounds));
                case ASSISTANCE -> process.referForAssistance(a, new AssistanceReferral(date, kind, situation,
                        consentRecordedOn == null ? null : new FamilyConsent(consentRecordedOn, consentReference)));
            };
        }
    }

    /** @param refused the refusal codes of a refused step, sorted (empty when accepted) */
    public record StepOutcome(StepKind step, boolean accepted, List<String> refused) {
    }

    /** @param basis the basis of the last step's decision */
    public record Replay(List<StepOutcome> steps, AssessmentStage stage, List<Basis> basis) {
        public Replay {
            steps = List.copyOf(steps);
            basis = List.copyOf(basis);
        }
    }

    Replay replay(AssessmentProcess process) {
        StepDecision last = process.open(Inputs.required("opening", opening));
        if (!last.accepted()) {
            throw new RuleViolationException(last.refusals());
        }
        Assessment assessment = last.assessment();
        List<StepOutcome> outcomes = new ArrayList<>();
        List<Step> all = steps == null ? List.of() : steps;
        for (int i = 0; i < all.size(); i++) {
            Step step = Inputs.required("steps[" + i + "]", all.get(i));
            Assessment current = assessment;
            StepDecision decision = PolicyInputException.nested("steps[" + i + "]", () -> step.run(process, current));
            outcomes.add(new StepOutcome(step.step(), decision.accepted(),
                    List.copyOf(new TreeSet<>(decision.refusals().stream().map(Refusal::code).toList()))));
            assessment = decision.assessment();
            last = decision;
        }
        return new Replay(outcomes, assessment.stage(), last.basis());
    }
}
