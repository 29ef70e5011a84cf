package cn.beijing.platform.subsidy.policy.kindergarten;

/**
 * Where a finding against a kindergarten stands (京技管发〔2024〕30号 第十九条–第二十一条): pending while the time set for
 * rectification runs (the kindergarten suspended, 第二十条), concluded once it is decided.
 */
public enum FindingStatus {
    PENDING,
    CONCLUDED;

    /** A finding is pending exactly while its rectification is. */
    public static FindingStatus of(SubsidyStop.RectificationStatus rectification) {
        return rectification == SubsidyStop.RectificationStatus.PENDING ? PENDING : CONCLUDED;
    }
}
