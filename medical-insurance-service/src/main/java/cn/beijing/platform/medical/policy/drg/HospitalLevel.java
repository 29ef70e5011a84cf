package cn.beijing.platform.medical.policy.drg;

/** Hospital grade, used only by the [platform rule] high-cost outlier flag. */
public enum HospitalLevel {
    TERTIARY,
    SECONDARY,
    PRIMARY
}
