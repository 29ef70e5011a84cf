package cn.beijing.platform.energy.parameters;

import java.util.Objects;

import cn.beijing.platform.common.calendar.WorkingDayCalendar;
import cn.beijing.platform.energy.policy.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyGrade;
import cn.beijing.platform.energy.policy.OldBuildingClassification;
import cn.beijing.platform.energy.policy.PublicNoticePeriod;
import cn.beijing.platform.energy.policy.RatingScope;
import cn.beijing.platform.energy.policy.RenewalPriority;
import cn.beijing.platform.energy.policy.RenewalTrialPeriod;
import cn.beijing.platform.energy.policy.RetrofitObligation;
import cn.beijing.platform.energy.policy.SettlementReconciliation;
import cn.beijing.platform.energy.policy.SpotCheckDraw;
import cn.beijing.platform.energy.policy.SurveyCalendar;
import cn.beijing.platform.energy.policy.SurveyDataCompleteness;

/** All energy policy objects, wired from one parameter set and the working-day calendar. Plain Java. */
public record EnergyPolicies(
        RatingScope ratingScope,
        EnergyGrade energyGrade,
        ComprehensiveIntensity comprehensiveIntensity,
        RetrofitObligation retrofitObligation,
        SpotCheckDraw spotCheckDraw,
        SurveyCalendar surveyCalendar,
        SettlementReconciliation settlementReconciliation,
        SurveyDataCompleteness surveyDataCompleteness,
        RenewalTrialPeriod renewalTrialPeriod,
        OldBuildingClassification oldBuildingClassification,
        RenewalPriority renewalPriority,
        PublicNoticePeriod publicNoticePeriod) {

    public static EnergyPolicies from(EnergyParameters p, WorkingDayCalendar calendar) {
        Objects.requireNonNull(p, "parameters");
        Objects.requireNonNull(calendar, "calendar");
        RenewalTrialPeriod trial = new RenewalTrialPeriod(p.renewalTrialPeriod());
        return new EnergyPolicies(
                new RatingScope(p.ratingScope()),
                new EnergyGrade(p.energyGrade()),
                new ComprehensiveIntensity(p.comprehensiveIntensity()),
                new RetrofitObligation(p.retrofitObligation()),
                new SpotCheckDraw(p.spotCheckDraw()),
                new SurveyCalendar(p.surveyCalendar()),
                new SettlementReconciliation(p.settlementReconciliation()),
                new SurveyDataCompleteness(),
                trial,
                new OldBuildingClassification(p.oldBuildingClassification(), trial),
                new RenewalPriority(trial),
                new PublicNoticePeriod(p.publicNoticePeriod(), trial, calendar));
    }
}
