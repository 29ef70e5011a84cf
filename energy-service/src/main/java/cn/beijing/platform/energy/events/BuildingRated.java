package cn.beijing.platform.energy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * {@code energy.building-rated.v1}: ids and decisions only — no owner or manager names, no raw consumption.
 *
 * @param intensity         annual comprehensive intensity E, kgce/m²
 * @param guideValue        G used
 * @param constraintValue   C used
 * @param limitsSample      G and C came from the shipped SAMPLE table, not from an imported DB11/T 1413 table
 * @param ratioToConstraint E ÷ C (4 decimals, HALF_UP)
 * @param obligations       codes of 第九条 and the measures of 第九条第三款/第十三条 that followed
 */
public record BuildingRated(String buildingId, int year, String buildingType, String district, BigDecimal intensity,
                            BigDecimal guideValue, BigDecimal constraintValue, boolean limitsSample,
                            BigDecimal ratioToConstraint, int grade, List<String> obligations,
                            boolean largePublicBuilding, LocalDate ratedOn, List<Basis> basis) {
}
