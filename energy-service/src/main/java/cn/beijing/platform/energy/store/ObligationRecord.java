package cn.beijing.platform.energy.store;

import java.time.LocalDate;
import java.util.UUID;

/** An obligation of a building for a year (status OPEN, FULFILLED or WITHDRAWN). */
public record ObligationRecord(UUID id, UUID buildingId, int year, String code, String status, LocalDate raisedOn,
                               LocalDate dueOn, String basis, LocalDate closedOn) {
}
