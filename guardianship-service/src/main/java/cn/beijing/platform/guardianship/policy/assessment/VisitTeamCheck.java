package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterNode;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.Basis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import cn.beijing.platform.guardianship.policy.GazetteCitations;

/**
 * The on-site visit team rules of 京民儿福发〔2024〕103号 第十一条 (at least two assessors, each showing a credential,
 * a female assessor for a female minor, the minor 满八周岁 heard) and the recusal of 第七条.
 *
 * <p>[platform rule] 第七条 third paragraph names the recusal of third-party organisations and their assessors; the
 * platform applies it to every assessor (the agency's own staff too), as 第三条 requires an objective and impartial
 * assessment.
 */
@Rule(id = "visit-team", document = GazetteCitations.ASSESSMENT_MEASURES, article = "第十一条", parameters = {
        "minimum-visit-assessors", "female-assessors-for-female-minor", "minor-interview-age", "age-of-majority"})
public final class VisitTeamCheck implements Decides<VisitTeam, VisitTeamDecision> {

    private final EffectiveDated<Integer> minimumVisitAssessors;
    private final EffectiveDated<Integer> femaleAssessorsForFemaleMinor;
    private final EffectiveDated<Integer> minorInterviewAge;
    private final EffectiveDated<Integer> ageOfMajority;

    public VisitTeamCheck(ParameterSet parameters) {
        minimumVisitAssessors = parameters.get("minimum-visit-assessors", ParameterNode::count);
        femaleAssessorsForFemaleMinor = parameters.get("female-assessors-for-female-minor", ParameterNode::count);
        minorInterviewAge = parameters.get("minor-interview-age", ParameterNode::count);
        ageOfMajority = parameters.get("age-of-majority", ParameterNode::count);
    }

    @Override
    public VisitTeamDecision decide(VisitTeam team, LocalDate decisionDate) {
        return check(team, decisionDate);
    }

    /**
     * @param decisionDate the visit date (selects the parameters in force)
     * @throws PolicyInputException naming {@code minorSex}, {@code minorAgeYears}, {@code assessors},
     *                              {@code assessors[i].sex|credentialShown|conflictOfInterest}
     */
    public VisitTeamDecision check(VisitTeam team, LocalDate decisionDate) {
        Inputs.required("visitTeam", team);
        Sex minorSex = Inputs.required("minorSex", team.minorSex());
        int age = Inputs.required("minorAgeYears", team.minorAgeYears());
        List<Assessor> assessors = Inputs.required("assessors", team.assessors());

        InForce<Integer> minimumAssessors = minimumVisitAssessors.on(decisionDate);
        InForce<Integer> femaleAssessors = femaleAssessorsForFemaleMinor.on(decisionDate);
        InForce<Integer> interviewAge = minorInterviewAge.on(decisionDate);
        InForce<Integer> majority = ageOfMajority.on(decisionDate);

        if (age < 0) {
            throw new PolicyInputException("minorAgeYears", "must not be negative, was " + age);
        }
        if (age >= majority.value()) {
            throw new PolicyInputException("minorAgeYears", "a minor is under " + majority.value() + ", was " + age);
        }
        for (int i = 0; i < assessors.size(); i++) {
            Assessor a = Inputs.required("assessors[" + i + "]", assessors.get(i));
            Inputs.required("assessors[" + i + "].sex", a.sex());
            Inputs.required("assessors[" + i + "].credentialShown", a.credentialShown());
            Inputs.required("assessors[" + i + "].conflictOfInterest", a.conflictOfInterest());
        }

        List<RuleBreach<VisitTeamViolation>> breaches = new ArrayList<>();
        Basis teamSize = GazetteCitations.measures("第十一条", minimumAssessors);
        Basis credential = GazetteCitations.measures("第十一条");
        Basis femaleRule = GazetteCitations.measures("第十一条", femaleAssessors);
        Basis recusal = GazetteCitations.measures("第七条");
        Basis interview = GazetteCitations.measures("第十一条", interviewAge);

        // 第十一条 "不得少于两名人员": size >= minimum
        if (assessors.size() < minimumAssessors.value()) {
            breaches.add(new RuleBreach<>(VisitTeamViolation.FEWER_THAN_TWO_ASSESSORS, "assessors",
                    assessors.size() + " assessor(s); at least " + minimumAssessors.value() + " required",
                    List.of(teamSize)));
        }
        // 第十一条 "应出示工作证件或证明": every assessor
        for (int i = 0; i < assessors.size(); i++) {
            if (!assessors.get(i).credentialShown()) {
                breaches.add(new RuleBreach<>(VisitTeamViolation.CREDENTIAL_NOT_SHOWN,
                        "assessors[" + i + "].credentialShown", "assessor " + i + " showed no credential",
                        List.of(credential)));
            }
        }
        // 第十一条 "评估女性未成年人家庭时，应当配备一名女性评估人员": female count >= 1 for a female minor
        long females = assessors.stream().filter(a -> a.sex() == Sex.F).count();
        if (minorSex == Sex.F && females < femaleAssessors.value()) {
            breaches.add(new RuleBreach<>(VisitTeamViolation.NO_FEMALE_ASSESSOR_FOR_FEMALE_MINOR, "assessors",
                    "female minor: at least " + femaleAssessors.value() + " female assessor(s) required, " + females
                            + " present",
                    List.of(femaleRule)));
        }
        // 第七条 recusal ([platform rule] every assessor, see class comment)
        for (int i = 0; i < assessors.size(); i++) {
            if (assessors.get(i).conflictOfInterest()) {
                breaches.add(new RuleBreach<>(VisitTeamViolation.CONFLICT_OF_INTEREST_RECUSAL_REQUIRED,
                        "assessors[" + i + "].conflictOfInterest",
                        "assessor " + i + " has an interest in the guardian and must recuse",
                        List.of(recusal, GazetteCitations.measures("第三条"))));
            }
        }

        // 第十一条第二款 "未成年人满八周岁的，评估人员应当与其交流": age >= 8
        boolean interviewRequired = age >= interviewAge.value();

        List<VisitTeamViolation> violations = breaches.stream().map(RuleBreach::code).distinct().toList();
        List<Basis> basis = List.of(teamSize, credential, femaleRule, recusal, interview);
        return new VisitTeamDecision(breaches.isEmpty(), violations, breaches, interviewRequired, basis);
    }
}
