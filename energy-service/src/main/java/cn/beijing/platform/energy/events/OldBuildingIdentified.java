package cn.beijing.platform.energy.events;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/**
 * {@code energy.old-building-identified.v1}: the renewal ledger found a class-2 old building by consumption
 * (京建法〔2024〕14号 第二条: E above 80 % of C in two consecutive years ending with {@code assessmentYear}).
 */
public record OldBuildingIdentified(String buildingId, String district, int assessmentYear, boolean classOne,
                                    boolean classTwo, List<String> reasons, List<String> obligations,
                                    LocalDate identifiedOn, List<Basis> basis) {
}
