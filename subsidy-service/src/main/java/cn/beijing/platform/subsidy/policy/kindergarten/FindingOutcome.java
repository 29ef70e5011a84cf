package cn.beijing.platform.subsidy.policy.kindergarten;

/**
 * What a finding decided: the subsidy stopped on a closure or a lost status (第十九条), or the state of the
 * rectification a misconduct or improper fees call for (第二十条, 第二十一条).
 */
public enum FindingOutcome {
    /** Suspended; the time set for rectification has not run out. */
    PENDING,
    /** Rectified within the time set. */
    RECTIFIED_IN_TIME,
    /** Not rectified in time: the kindergarten loses the subsidy entitlement. */
    DISQUALIFIED,
    /** Closed or no longer a 普惠性幼儿园: the subsidy stops (第十九条). */
    STOPPED;

    public static FindingOutcome of(SubsidyStop.RectificationStatus rectification) {
        return switch (rectification) {
            case PENDING -> PENDING;
            case RECTIFIED_IN_TIME -> RECTIFIED_IN_TIME;
            case DISQUALIFIED -> DISQUALIFIED;
        };
    }
}
