package cn.beijing.platform.subsidy.policy.kindergarten;

/**
 * A kindergarten's standing for the subsidy: active; suspended from the discovery of a finding under 京技管发〔2024〕30号
 * 第二十条 or 第二十一条 until it is rectified; disqualified when it is not rectified in time; closed or stripped of its
 * inclusive status (第十九条).
 */
public enum KindergartenStatus {
    ACTIVE,
    SUSPENDED,
    DISQUALIFIED,
    CLOSED;

    /** Closed or disqualified: nothing more is paid. */
    public boolean ended() {
        return this == DISQUALIFIED || this == CLOSED;
    }
}
