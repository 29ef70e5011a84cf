package cn.beijing.platform.medical.policy.drug;

/** Which exclusion list of the herbal-pieces part names a herb, if any. */
public enum HerbalExclusion {
    /** Not on either list: payable (the herbal part uses an exclusion method). */
    NOT_LISTED,
    /** 单味或复方均不予支付费用. */
    NOT_PAYABLE_ALONE_OR_IN_COMPOUND,
    /** 单味不予支付费用、在复方中合理使用可支付费用. */
    NOT_PAYABLE_ALONE
}
