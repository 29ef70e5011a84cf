package cn.beijing.platform.guardianship.store;

import java.time.LocalDate;
import java.util.UUID;

/** The assessment row: what access checks, listings and events need; nothing personal. */
public record AssessmentRecord(UUID id, String agencyId, String agencyType, String trigger, boolean mandatory,
                               LocalDate openedOn, String householdReference, String subDistrictCode, String stage,
                               int lastSeq) {
}
