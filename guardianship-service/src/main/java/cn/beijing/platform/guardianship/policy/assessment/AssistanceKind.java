package cn.beijing.platform.guardianship.policy.assessment;

/** Where an assistance referral leads: government relief, or charity help (京民社救发〔2024〕111号 二(二)4). */
public enum AssistanceKind {
    GOVERNMENT_RELIEF,
    CHARITY_ASSISTANCE
}
