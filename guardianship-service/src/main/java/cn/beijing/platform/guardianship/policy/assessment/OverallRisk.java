package cn.beijing.platform.guardianship.policy.assessment;

/** Whether there is a guardianship risk (第十二条 conclusion (c)) and how high. */
public enum OverallRisk {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    static OverallRisk of(IndicatorRisk risk) {
        return switch (risk) {
            case LOW -> LOW;
            case MEDIUM -> MEDIUM;
            case HIGH -> HIGH;
        };
    }
}
