package cn.beijing.platform.guardianship.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One row of the access audit trail. */
public record AuditEntry(long id, OffsetDateTime at, String subject, String roles, String agencyClaim,
                         UUID assessmentId, String action, String outcome, String reason, String requestId) {
}
