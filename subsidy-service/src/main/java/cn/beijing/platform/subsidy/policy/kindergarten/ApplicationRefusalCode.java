package cn.beijing.platform.subsidy.policy.kindergarten;

/** Why {@link KindergartenApplicationProcess} refuses a step: the stable code of each gate. */
public enum ApplicationRefusalCode {
    /** 第十九条, 第二十条, 第二十一条: a suspended, disqualified or closed kindergarten does not apply. */
    KINDERGARTEN_NOT_ACTIVE,
    /** 第十一条 [platform rule]: one application per kindergarten and year while it is not rejected or stopped. */
    APPLICATION_FOR_YEAR_EXISTS,
    /** 第十二条, 第十三条, 第十四条: documents, review and decision come before the decision. */
    APPLICATION_ALREADY_DECIDED,
    /** 第十二条: an application is approved only after its eligibility was reviewed. */
    ELIGIBILITY_NOT_REVIEWED,
    /** 第六条, 第十二条, 第十三条: an application that fails a condition cannot be approved. */
    APPLICATION_NOT_ELIGIBLE,
    /** 第十四条: only approved applications are published. */
    APPLICATION_NOT_APPROVED,
    /** 第十四条: only applications on a notice, or held after it, are settled when it closes. */
    APPLICATION_NOT_IN_NOTICE
}
