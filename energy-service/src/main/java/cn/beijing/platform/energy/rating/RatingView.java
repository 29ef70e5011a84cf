package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.store.JsonText;
import cn.beijing.platform.energy.store.RatingRecord;
import cn.beijing.platform.policy.Basis;

/**
 * A rating. {@code obligations}: codes of 第九条 (GREEN_OPERATION_MANAGEMENT, GENERAL_AUDIT_OFFERED, DEEP_AUDIT,
 * EQUIPMENT_DIAGNOSIS) and the measures of 第九条第三款/第十三条 (RETROFIT_REQUIRED,
 * GREEN_DEVELOPMENT_REGULATION_ARTICLE_59, CREDIT_SYSTEM_ENTRY); {@code raisedObligations}: obligations this rating
 * recorded (an offer such as GENERAL_AUDIT_OFFERED is never recorded). {@code ratingDeadline}: June 30 of Y+1 for
 * large public buildings (第八条), absent for others.
 */
public record RatingView(UUID buildingId, int year, BigDecimal floorArea, FloorAreaBasis floorAreaBasis,
                         BigDecimal totalKgce, BigDecimal intensity, List<ComprehensiveIntensity.CarrierLine> lines,
                         BigDecimal guideValue, BigDecimal constraintValue, boolean limitsSample, String limitsNotice,
                         BigDecimal ratioToConstraint, int grade, List<String> obligations,
                         List<ObligationView> raisedObligations, boolean ratingDeadlineApplies,
                         LocalDate ratingDeadline, LocalDate ratedOn, Boolean ratedOnTime,
                         Boolean consecutiveGradeFive, boolean labelEligible, boolean demonstrationEligible,
                         boolean greenBuildingLabelEligible, List<Basis> basis) {

    /** A rating just made, with the decisions it was made of. */
    static RatingView of(RatingOutcome o, FloorAreaBasis floorAreaBasis, JsonText json) {
        RatingRecord r = o.rating();
        return new RatingView(r.buildingId(), r.year(), r.floorArea(), floorAreaBasis,
                r.totalKgce(), r.intensity(), o.intensity().lines(), r.guideValue(), r.constraintValue(),
                r.limitsSample(), r.limitsSample() ? IntensityLimits.SAMPLE_NOTICE : null,
                r.ratioToConstraint(), r.grade(), JsonText.codes(r.obligations()),
                o.raisedObligations().stream().map(x -> ObligationView.of(x, json)).toList(), o.deadlineApplies(),
                r.ratingDeadline(), r.ratedOn(), r.ratedOnTime(), o.retrofit().consecutiveGradeFive(),
                r.labelEligible(), r.demonstrationEligible(), r.greenBuildingLabelEligible(), o.basis());
    }

    /** A stored rating. */
    static RatingView of(RatingRecord r, JsonText json) {
        return new RatingView(r.buildingId(), r.year(), r.floorArea(), null, r.totalKgce(), r.intensity(), null,
                r.guideValue(), r.constraintValue(), r.limitsSample(),
                r.limitsSample() ? IntensityLimits.SAMPLE_NOTICE : null, r.ratioToConstraint(), r.grade(),
                JsonText.codes(r.obligations()), null, r.ratingDeadline() != null, r.ratingDeadline(), r.ratedOn(),
                r.ratedOnTime(), null, r.labelEligible(), r.demonstrationEligible(), r.greenBuildingLabelEligible(),
                json.basis(r.basis()));
    }
}
