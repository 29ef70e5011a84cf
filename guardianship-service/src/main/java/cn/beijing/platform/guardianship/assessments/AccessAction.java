package cn.beijing.platform.guardianship.assessments;

/**
 * What a caller does with an assessment, and who may do it once they may see it (第十五条: only the assessing
 * agency's supervisors and the assigned assessors see it at all; everyone else is told it does not exist).
 */
public enum AccessAction {
    LIST(true, true, true),
    READ(true, true, true),
    READ_AUDIT_TRAIL(true, true, false),
    /** A supervisor lists the whole audit trail of their agency ({@code GET /api/guardianship/audit-trail}). */
    LIST_AGENCY_AUDIT_TRAIL(true, true, false),
    OPEN(false, true, false),
    GIVE_WRITTEN_NOTICE(false, true, true),
    ASSIGN_TEAM(false, true, false),
    RECORD_VISIT(false, false, true),
    RECORD_FINDINGS(false, false, true),
    REFER_TO_POLICE(false, true, true),
    ISSUE_REPORT(false, true, true),
    NOTIFY_PROBLEMS(false, true, true),
    CHARGE_FEE(false, true, true),
    REFER_FOR_ASSISTANCE(false, true, true),
    INVALIDATE(false, true, false);

    private final boolean read;
    private final boolean supervisor;
    private final boolean assessor;

    AccessAction(boolean read, boolean supervisor, boolean assessor) {
        this.read = read;
        this.supervisor = supervisor;
        this.assessor = assessor;
    }

    /** A read of case data: a supervisor must say why ({@code X-Access-Reason}). */
    public boolean read() {
        return read;
    }

    public boolean allows(Grant grant) {
        return switch (grant) {
            case SUPERVISOR -> supervisor;
            case ASSESSOR -> assessor;
            case NONE -> false;
        };
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
