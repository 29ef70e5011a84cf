package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored rating (京建法〔2024〕12号 第五条) with the G and C used and what followed from it. */
public record RatingRecord(UUID buildingId, int year, BigDecimal floorArea, BigDecimal totalKgce, BigDecimal intensity,
                           BigDecimal guideValue, BigDecimal constraintValue, boolean limitsSample,
                           BigDecimal ratioToConstraint, int grade, String obligations, boolean labelEligible,
                           boolean demonstrationEligible, boolean greenBuildingLabelEligible, LocalDate ratingDeadline,
                           LocalDate ratedOn, Boolean ratedOnTime, String basis, String ratedBy,
                           OffsetDateTime ratedAt) {
}
