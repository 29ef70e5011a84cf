package cn.beijing.platform.subsidy.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code subsidy.programme-clawback-ordered.v1}: a programme application: its whole support is taken back — {@code amount}
 * yuan already paid is to be returned, payments not yet made ({@code paid} false, total {@code cancelled}) are not
 * to be made. Ground FALSE_DECLARATION or DUPLICATE_SUPPORT; no statement of the officer.
 */
public record ProgrammeClawbackOrdered(UUID clawbackId, String programme, UUID applicationId, String applicantId,
                                       String ground, LocalDate orderedOn, BigDecimal amount, BigDecimal cancelled,
                                       List<Recovery> recoveries, List<Basis> basis) {

    public record Recovery(UUID paymentId, String kind, BigDecimal amount, boolean paid) {
    }
}
