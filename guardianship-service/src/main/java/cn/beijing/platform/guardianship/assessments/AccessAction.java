package cn.beijing.platform.guardianship.assessments;

import java.util.Set;

/**
 * What a caller does with an assessment, and who may do it once they may see it (第十五条: only the assessing
 * agency's supervisors and the assigned assessors see it at all; everyone else is told it does not exist).
 */
public enum AccessAction {
    LIST(true, Grant.SUPERVISOR, Grant.ASSESSOR),
    READ(true, Grant.SUPERVISOR, Grant.ASSESSOR),
    READ_AUDIT_TRAIL(true, Grant.SUPERVISOR),
    /** A supervisor lists the whole audit trail of their agency ({@code GET /api/guardianship/audit-trail}). */
    LIST_AGENCY_AUDIT_TRAIL(true, Grant.SUPERVISOR),
    OPEN(false, Grant.SUPERVISOR),
    GIVE_WRITTEN_NOTICE(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    ASSIGN_TEAM(false, Grant.SUPERVISOR),
    RECORD_VISIT(false, Grant.ASSESSOR),
    RECORD_FINDINGS(false, Grant.ASSESSOR),
    REFER_TO_POLICE(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    ISSUE_REPORT(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    NOTIFY_PROBLEMS(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    CHARGE_FEE(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    REFER_FOR_ASSISTANCE(false, Grant.SUPERVISOR, Grant.ASSESSOR),
    INVALIDATE(false, Grant.SUPERVISOR);

    private final boolean read;
    private final Set<Grant> allowed;

    /**
     * @param read    whether it reads case data
     * @param allowed who may do it among those who see the assessment
     */
    AccessAction(boolean read, Grant... allowed) {
        this.read = read;
        this.allowed = Set.of(allowed);
    }

    /** A read of case data: a supervisor must say why ({@code X-Access-Reason}). */
    public boolean read() {
        return read;
    }

    public boolean allows(Grant grant) {
        return allowed.contains(grant);
    }

    /** Why a caller sees an assessment. */
    public enum Grant {
        /** GUARDIANSHIP_SUPERVISOR whose {@code agency} claim is the assessing agency. */
        SUPERVISOR,
        /** GUARDIANSHIP_ASSESSOR whose subject is in the current team. */
        ASSESSOR,
        NONE
    }
}
