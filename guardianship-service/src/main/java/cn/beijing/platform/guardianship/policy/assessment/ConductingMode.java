package cn.beijing.platform.guardianship.policy.assessment;

/** 第五条: the agency assesses itself with an assessment team (第六条) or entrusts a third party (第七条). */
public enum ConductingMode {
    SELF_ORGANISED,
    ENTRUSTED
}
