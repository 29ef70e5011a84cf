package cn.beijing.platform.medical.store;

/** The special-case quota counters of a discharge year. */
public record QuotaCounts(int year, long drgDischargeCases, long approvedSpecialCases) {
}
