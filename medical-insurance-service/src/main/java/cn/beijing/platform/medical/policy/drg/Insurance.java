package cn.beijing.platform.medical.policy.drg;

/** 城镇职工基本医疗保险 (EMPLOYEE) and 城乡居民基本医疗保险 (RESIDENT). */
public enum Insurance {
    EMPLOYEE,
    RESIDENT
}
