package cn.beijing.platform.guardianship.policy.assessment;

/**
 * 京民社救发〔2024〕111号 二(二)4: the sub-district/township social-relief agency passes the information to the charity
 * organisations; needs it cannot meet go up level by level ("逐级申报").
 */
public enum ReferralChannel {
    SUB_DISTRICT_OR_TOWNSHIP_RELIEF_AGENCY
}
