package cn.beijing.platform.guardianship.policy.assessment;

/** 附件 备注: "“★★”为高风险项目，“★”为中风险项目，其他为低风险项目。" */
public enum IndicatorRisk {
    LOW,
    MEDIUM,
    HIGH;

    /** The catalogue's spelling ({@code low}, {@code medium}, {@code high}). */
    public static IndicatorRisk fromCatalogue(String value) {
        for (IndicatorRisk risk : values()) {
            if (risk.name().equalsIgnoreCase(value)) {
                return risk;
            }
        }
        throw new IllegalArgumentException("risk must be low, medium or high, was " + value);
    }
}
