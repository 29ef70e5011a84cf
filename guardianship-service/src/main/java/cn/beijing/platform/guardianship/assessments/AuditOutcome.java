package cn.beijing.platform.guardianship.assessments;

import cn.beijing.platform.common.error.ConflictException;
import cn.beijing.platform.common.error.InvalidInputException;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.RuleViolationException;
import org.springframework.web.server.ServerWebInputException;

/** How an audited access ended. */
public enum AuditOutcome {
    /** Read or written. */
    DONE,
    /** A process gate refused the step (409). */
    REFUSED,
    /** Bad input (4xx), nothing written. */
    INVALID,
    /** Concurrent change (409). */
    CONFLICT,
    /** The caller may not see the assessment: answered 404. */
    NOT_FOUND,
    /** The caller sees the assessment but may not do this (403). */
    FORBIDDEN,
    /** Failed unexpectedly (500). */
    FAILED;

    public static AuditOutcome of(Throwable error) {
        if (error instanceof RuleViolationException) {
            return REFUSED;
        }
        if (error instanceof PolicyInputException || error instanceof InvalidInputException
                || error instanceof ServerWebInputException) {
            return INVALID;
        }
        if (error instanceof ConflictException) {
            return CONFLICT;
        }
        return FAILED;
    }
}
