package cn.beijing.platform.subsidy.policy.kindergarten;

/** A public notice (京技管发〔2024〕30号 第十四条): open while its window runs and until it is closed, then closed. */
public enum NoticeStatus {
    OPEN,
    CLOSED
}
