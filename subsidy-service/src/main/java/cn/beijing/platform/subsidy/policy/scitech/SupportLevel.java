package cn.beijing.platform.subsidy.policy.scitech;

/** The level of an award, recognition or approval: 国家级 (incl. 部级) or 北京市级. */
public enum SupportLevel {
    NATIONAL,
    MUNICIPAL,
    NONE
}
