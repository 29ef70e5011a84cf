package cn.beijing.platform.guardianship.policy;

import cn.beijing.platform.guardianship.parameters.GuardianshipParameterFiles;
import java.time.LocalDate;

/** The shipped parameter files, loaded once through the loader, and variants with one parameter replaced. */
final class ShippedParameters {

    static final GuardianshipParameters PARAMETERS = GuardianshipParameterFiles.shipped();

    /** First day of 京民儿福发〔2024〕103号 (第二十条: 自印发之日起施行, 2024-11-18). */
    static final LocalDate IN_FORCE = LocalDate.of(2024, 11, 18);

    private ShippedParameters() {
    }

    static GuardianshipParameters withLowRiskFindingsRaiseOverallRisk(boolean value) {
        GuardianshipParameters p = PARAMETERS;
        return new GuardianshipParameters(p.indicatorCatalogue(), flag("low-risk-findings-raise-overall-risk", value),
                p.minimumVisitAssessors(), p.femaleAssessorsForFemaleMinor(), p.minorInterviewAge(), p.ageOfMajority(),
                p.fullYearsReachedDayAfterBirthday(), p.differingRiskConclusionRequiresReason(),
                p.policeReportBeforeAssessmentReport(), p.assistanceReferralAfterReport(),
                p.consentRequiredForGovernmentReliefReferral());
    }

    static GuardianshipParameters withFullYearsReachedDayAfterBirthday(boolean value) {
        GuardianshipParameters p = PARAMETERS;
        return new GuardianshipParameters(p.indicatorCatalogue(), p.lowRiskFindingsRaiseOverallRisk(),
                p.minimumVisitAssessors(), p.femaleAssessorsForFemaleMinor(), p.minorInterviewAge(), p.ageOfMajority(),
                flag("full-years-reached-day-after-birthday", value), p.differingRiskConclusionRequiresReason(),
                p.policeReportBeforeAssessmentReport(), p.assistanceReferralAfterReport(),
                p.consentRequiredForGovernmentReliefReferral());
    }

    static GuardianshipParameters withProcessFlags(boolean reasonRequired, boolean policeFirst, boolean referralAfterReport,
                                                   boolean reliefConsent) {
        GuardianshipParameters p = PARAMETERS;
        return new GuardianshipParameters(p.indicatorCatalogue(), p.lowRiskFindingsRaiseOverallRisk(),
                p.minimumVisitAssessors(), p.femaleAssessorsForFemaleMinor(), p.minorInterviewAge(), p.ageOfMajority(),
                p.fullYearsReachedDayAfterBirthday(),
                flag("differing-risk-conclusion-requires-reason", reasonRequired),
                flag("police-report-before-assessment-report", policeFirst),
                flag("assistance-referral-after-report", referralAfterReport),
                flag("consent-required-for-government-relief-referral", reliefConsent));
    }

    private static ParameterTimeline<Boolean> flag(String name, boolean value) {
        return ParameterTimeline.since(name, IN_FORCE, value);
    }
}
