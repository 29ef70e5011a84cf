package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;

/** A row of the guide/constraint table as submitted (type as text, so that every bad row can be reported). */
public record LimitRow(String buildingType, BigDecimal guideValue, BigDecimal constraintValue) {
}
