package cn.beijing.platform.guardianship.policy.assessment;

/** 京民社救发〔2024〕111号 二(二)4: who may be put in touch with charity organisations. */
public enum HouseholdReliefSituation {
    /** 暂不符合政府救助条件. */
    NOT_YET_ELIGIBLE_FOR_GOVERNMENT_RELIEF,
    /** 政府救助后生活仍有困难. */
    STILL_IN_DIFFICULTY_AFTER_GOVERNMENT_RELIEF,
    /** Receiving government relief that meets the need, or not yet examined. */
    OTHER
}
