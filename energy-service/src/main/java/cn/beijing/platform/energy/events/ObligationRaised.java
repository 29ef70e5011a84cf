package cn.beijing.platform.energy.events;

import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;

/** {@code energy.obligation-raised.v1}: one new obligation of a building for a year. */
public record ObligationRaised(String obligationId, String buildingId, String district, int year, String code,
                               LocalDate raisedOn, LocalDate dueOn, List<Basis> basis) {
}
