package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Guide value G and constraint value C of a building type for a rating year; {@code sample} rows are not official. */
public record IntensityLimitRecord(int year, String buildingType, BigDecimal guideValue, BigDecimal constraintValue,
                                   boolean sample, String importedBy, OffsetDateTime importedAt) {
}
