package cn.beijing.platform.subsidy.programmes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Where a programme application is, from submission to payment or recovery. */
public enum ProgrammeStatus {
    SUBMITTED,
    REJECTED,
    /** Approved; waiting for its programme's public notice, when the programme publishes one. */
    APPROVED,
    IN_NOTICE,
    /** An objection raised during the notice stands. */
    PAYMENT_HELD,
    /** An objection was upheld: not paid. */
    OBJECTION_UPHELD,
    PAYMENT_SCHEDULED,
    /** Its support was recovered (and payments not yet made cancelled). */
    CLAWED_BACK;

    /** Approvals whose grants still stand against a later approval of the same applicant (不重复). */
    public static final Set<ProgrammeStatus> STANDING = EnumSet.of(APPROVED, IN_NOTICE, PAYMENT_HELD,
            PAYMENT_SCHEDULED);

    public static List<String> standingNames() {
        return STANDING.stream().map(Enum::name).toList();
    }
}
