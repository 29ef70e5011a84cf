package cn.beijing.platform.guardianship.policy.assessment;

/** 第十八条: "伪造、变造相关材料、隐瞒相关事实或出具虚假评估报告". */
public enum InvalidationGround {
    FORGED_OR_ALTERED_MATERIAL,
    CONCEALED_FACTS,
    FALSE_REPORT
}
