package cn.beijing.platform.energy.policy.rating;

import java.util.List;
import java.util.Set;

/**
 * Which decision codes become recorded obligations. {@code GENERAL_AUDIT_OFFERED} (第九条: "可…进行一般能源审计") is an
 * offer, not a duty: it is shown with the rating but never raised as an obligation.
 */
public final class ObligationCodes {

    /** Codes a rating of a year raises (and withdraws again when a re-rating no longer supports them). */
    public static final Set<String> FROM_RATING = Set.of(
            EnergyGrade.Obligation.GREEN_OPERATION_MANAGEMENT.name(),
            EnergyGrade.Obligation.DEEP_AUDIT.name(),
            EnergyGrade.Obligation.EQUIPMENT_DIAGNOSIS.name(),
            RetrofitObligation.Measure.RETROFIT_REQUIRED.name(),
            RetrofitObligation.Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59.name());

    /** Codes a rating of year Y raises for Y+1 when Y+1 is already rated (the consecutive grade-5 retrofit). */
    public static final Set<String> RETROFIT = Set.of(
            RetrofitObligation.Measure.RETROFIT_REQUIRED.name(),
            RetrofitObligation.Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59.name());

    /** Codes of the 第十三条 escalation of a missing rating. */
    public static final Set<String> FROM_OVERDUE = Set.of(
            RetrofitObligation.Measure.OVERDUE_RATING.name(),
            RetrofitObligation.Measure.CREDIT_SYSTEM_ENTRY.name());

    /** Every code an obligation may carry (the {@code obligation} filter of the building list). */
    public static final List<String> ALL = List.of(
            EnergyGrade.Obligation.GREEN_OPERATION_MANAGEMENT.name(),
            EnergyGrade.Obligation.DEEP_AUDIT.name(),
            EnergyGrade.Obligation.EQUIPMENT_DIAGNOSIS.name(),
            RetrofitObligation.Measure.RETROFIT_REQUIRED.name(),
            RetrofitObligation.Measure.GREEN_DEVELOPMENT_REGULATION_ARTICLE_59.name(),
            RetrofitObligation.Measure.OVERDUE_RATING.name(),
            RetrofitObligation.Measure.CREDIT_SYSTEM_ENTRY.name());

    private ObligationCodes() {
    }
}
