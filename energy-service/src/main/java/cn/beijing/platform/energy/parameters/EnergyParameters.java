package cn.beijing.platform.energy.parameters;

import java.util.List;
import java.util.Objects;

import cn.beijing.platform.energy.policy.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.EnergyGrade;
import cn.beijing.platform.energy.policy.OldBuildingClassification;
import cn.beijing.platform.energy.policy.PublicNoticePeriod;
import cn.beijing.platform.energy.policy.RatingScope;
import cn.beijing.platform.energy.policy.RenewalTrialPeriod;
import cn.beijing.platform.energy.policy.RetrofitObligation;
import cn.beijing.platform.energy.policy.SettlementReconciliation;
import cn.beijing.platform.energy.policy.SpotCheckDraw;
import cn.beijing.platform.energy.policy.SurveyCalendar;

/** Every parameter of the energy service, typed and grouped per policy class, plus the files as read. */
public record EnergyParameters(
        RatingScope.Parameters ratingScope,
        EnergyGrade.Parameters energyGrade,
        ComprehensiveIntensity.Parameters comprehensiveIntensity,
        RetrofitObligation.Parameters retrofitObligation,
        SpotCheckDraw.Parameters spotCheckDraw,
        SurveyCalendar.Parameters surveyCalendar,
        SettlementReconciliation.Parameters settlementReconciliation,
        RenewalTrialPeriod.Parameters renewalTrialPeriod,
        OldBuildingClassification.Parameters oldBuildingClassification,
        PublicNoticePeriod.Parameters publicNoticePeriod,
        List<ParameterFile> files) {

    public EnergyParameters {
        Objects.requireNonNull(ratingScope);
        Objects.requireNonNull(energyGrade);
        Objects.requireNonNull(comprehensiveIntensity);
        Objects.requireNonNull(retrofitObligation);
        Objects.requireNonNull(spotCheckDraw);
        Objects.requireNonNull(surveyCalendar);
        Objects.requireNonNull(settlementReconciliation);
        Objects.requireNonNull(renewalTrialPeriod);
        Objects.requireNonNull(oldBuildingClassification);
        Objects.requireNonNull(publicNoticePeriod);
        files = List.copyOf(files);
    }
}
