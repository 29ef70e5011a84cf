package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.parameters.ParameterSet;

/** The shipped parameter files and rules, and variants with one parameter replaced. */
public final class ShippedParameters {

    public static final ParameterSet PARAMETERS = ParameterSet.shipped();
    public static final RuleBook RULES = RuleBook.load(ShippedParameters.class.getClassLoader(), PARAMETERS);

    /** First day of 京民儿福发〔2024〕103号 (第二十条: 自印发之日起施行, 2024-11-18). */
    public static final LocalDate IN_FORCE = LocalDate.of(2024, 11, 18);

    private ShippedParameters() {
    }

    public static IndicatorCatalogue catalogue() {
        return RULES.get(GuardianshipRisk.class).catalogue(IN_FORCE, "decisionDate");
    }

    public static ParameterSet withLowRiskFindingsRaiseOverallRisk(boolean value) {
        return flag(PARAMETERS, "low-risk-findings-raise-overall-risk", value);
    }

    public static ParameterSet withFullYearsReachedDayAfterBirthday(boolean value) {
        return flag(PARAMETERS, "full-years-reached-day-after-birthday", value);
    }

    public static ParameterSet withProcessFlags(boolean reasonRequired, boolean policeFirst, boolean referralAfterReport,
                                         boolean reliefConsent) {
        ParameterSet p = flag(PARAMETERS, "differing-risk-conclusion-requires-reason", reasonRequired);
        p = flag(p, "police-report-before-assessment-report", policeFirst);
        p = flag(p, "assistance-referral-after-report", referralAfterReport);
        return flag(p, "consent-required-for-government-relief-referral", reliefConsent);
    }

    private static ParameterSet flag(ParameterSet parameters, String name, boolean value) {
        return parameters.with(name, EffectiveDated.single(name, IN_FORCE, value));
    }
}
