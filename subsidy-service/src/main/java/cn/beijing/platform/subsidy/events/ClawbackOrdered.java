package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.clawback-ordered.v1}: a kindergarten must return {@code amount} yuan (京技管发〔2024〕30号 第十九条
 * closure or loss of status, 第二十条 fraud not rectified in time, 第二十一条 improper fees).
 *
 * @param ground  CLOSURE_OR_STATUS_LOSS, FINANCIAL_MISCONDUCT or IMPROPER_FEES
 * @param outcome STOPPED, DISQUALIFIED or RECTIFIED_IN_TIME (第二十一条 recovers the violation period either way)
 */
public record ClawbackOrdered(UUID clawbackId, UUID findingId, UUID kindergartenId, String ground, String outcome,
                              LocalDate orderedOn, BigDecimal amount, List<Recovery> recoveries, List<Basis> basis) {

    /** The part of one paid subsidy to recover and the period it covers ({@code paymentId} null: funds named by the officer). */
    public record Recovery(UUID paymentId, String kind, LocalDate from, LocalDate to, BigDecimal amount) {
    }
}
