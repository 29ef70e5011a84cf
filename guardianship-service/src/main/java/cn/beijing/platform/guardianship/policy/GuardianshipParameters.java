package cn.beijing.platform.guardianship.policy;

import java.util.Objects;

/**
 * Every quantity the guardianship rules read, as effective-dated timelines. Built by
 * {@code cn.beijing.platform.guardianship.parameters.GuardianshipParameterFiles} from
 * {@code src/main/resources/policy/*.yaml}; policy classes receive it in their constructor.
 *
 * @param indicatorCatalogue                     附件: the reference indicators with the risk of each assessment point
 * @param lowRiskFindingsRaiseOverallRisk        [platform rule] an adverse low-risk point makes the overall risk LOW (else NONE)
 * @param minimumVisitAssessors                  第十一条: "不得少于两名人员"
 * @param femaleAssessorsForFemaleMinor          第十一条: "评估女性未成年人家庭时，应当配备一名女性评估人员"
 * @param minorInterviewAge                      第十一条: "未成年人满八周岁的，评估人员应当与其交流"
 * @param ageOfMajority                          中华人民共和国民法典 第十七条: who is a minor
 * @param fullYearsReachedDayAfterBirthday       [platform rule] whether 满N周岁 is reached on the day after the birthday
 * @param differingRiskConclusionRequiresReason  [platform rule] a risk conclusion other than the computed one needs a reason
 * @param policeReportBeforeAssessmentReport     [platform rule] 第十四条 "及时": no report while a due police report is not made
 * @param assistanceReferralAfterReport          [platform rule] 第十二条: assistance follows the report's recommendations
 * @param consentRequiredForGovernmentReliefReferral [platform rule] extends 京民社救发〔2024〕111号 二(二)4 consent to relief referrals
 */
public record GuardianshipParameters(
        ParameterTimeline<IndicatorCatalogue> indicatorCatalogue,
        ParameterTimeline<Boolean> lowRiskFindingsRaiseOverallRisk,
        ParameterTimeline<Integer> minimumVisitAssessors,
        ParameterTimeline<Integer> femaleAssessorsForFemaleMinor,
        ParameterTimeline<Integer> minorInterviewAge,
        ParameterTimeline<Integer> ageOfMajority,
        ParameterTimeline<Boolean> fullYearsReachedDayAfterBirthday,
        ParameterTimeline<Boolean> differingRiskConclusionRequiresReason,
        ParameterTimeline<Boolean> policeReportBeforeAssessmentReport,
        ParameterTimeline<Boolean> assistanceReferralAfterReport,
        ParameterTimeline<Boolean> consentRequiredForGovernmentReliefReferral) {

    public GuardianshipParameters {
        Objects.requireNonNull(indicatorCatalogue, "indicatorCatalogue");
        Objects.requireNonNull(lowRiskFindingsRaiseOverallRisk, "lowRiskFindingsRaiseOverallRisk");
        Objects.requireNonNull(minimumVisitAssessors, "minimumVisitAssessors");
        Objects.requireNonNull(femaleAssessorsForFemaleMinor, "femaleAssessorsForFemaleMinor");
        Objects.requireNonNull(minorInterviewAge, "minorInterviewAge");
        Objects.requireNonNull(ageOfMajority, "ageOfMajority");
        Objects.requireNonNull(fullYearsReachedDayAfterBirthday, "fullYearsReachedDayAfterBirthday");
        Objects.requireNonNull(differingRiskConclusionRequiresReason, "differingRiskConclusionRequiresReason");
        Objects.requireNonNull(policeReportBeforeAssessmentReport, "policeReportBeforeAssessmentReport");
        Objects.requireNonNull(assistanceReferralAfterReport, "assistanceReferralAfterReport");
        Objects.requireNonNull(consentRequiredForGovernmentReliefReferral, "consentRequiredForGovernmentReliefReferral");
    }
}
