package cn.beijing.platform.energy.rating;

/**
 * [platform rule] Which area the annual comprehensive intensity is divided by. 京建法〔2024〕12号 第二条 speaks of the
 * "年度建筑综合能耗强度" without naming the area; the rated object of 第三条 is the public-use part of the building.
 */
public enum FloorAreaBasis {
    PUBLIC_AREA,
    TOTAL_AREA
}
