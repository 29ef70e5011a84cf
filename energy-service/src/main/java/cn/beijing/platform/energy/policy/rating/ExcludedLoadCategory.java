package cn.beijing.platform.energy.policy.rating;

/** Loads not counted as public-building energy use (京建法〔2024〕12号 第四条第二款). */
public enum ExcludedLoadCategory {
    /** (一) 公共建筑内信息数据中心的专用机房设备与系统能耗. */
    DATA_CENTER,
    /** (二) 医疗卫生建筑的专用医疗设备与系统能耗. */
    MEDICAL_EQUIPMENT,
    /** (三) 科研教育建筑的专用实验仪器与系统能耗. */
    LAB_EQUIPMENT,
    /** (四) 充电桩等其他非维持建筑室内环境和建筑功能需求的能耗. */
    EV_CHARGING
}
