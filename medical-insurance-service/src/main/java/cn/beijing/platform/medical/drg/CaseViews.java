package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.beijing.platform.medical.policy.drg.DrgPaymentMethod;
import cn.beijing.platform.medical.policy.drg.Insurance;
import cn.beijing.platform.medical.policy.drg.SpecialCaseStatus;
import cn.beijing.platform.medical.store.CaseBatch;
import cn.beijing.platform.medical.store.DrgCaseStore;
import cn.beijing.platform.medical.store.SettledCase;
import cn.beijing.platform.policy.Basis;

/** What the settlement workflows show of settled cases and batches. */
public final class CaseViews {

    private CaseViews() {
    }

    /**
     * A settled case: the method (DRG, DRG_KEPT_PREVIOUS_STANDARD, PER_ITEM_WITH_DRG_SIMULATION, SPECIAL_CASE_PER_ITEM,
     * NOT_DRG_PAID), rate and standard (null when no DRG standard applies), the payment and retained surplus, the DRG
     * payment simulated beside a per-item payment (50 groups), the high-cost flag, the special-case status.
     */
    public record CaseView(UUID id, int revision, String hospitalCaseId, String hospitalCode, UUID batchId,
                           String groupCode, Insurance insurance, BigDecimal actualCost, LocalDate dischargeDate,
                           DrgPaymentMethod method, BigDecimal rate, BigDecimal standard, BigDecimal payment,
                           BigDecimal retainedSurplus, BigDecimal simulatedPayment, BigDecimal simulatedRetainedSurplus,
                           Boolean highCostFlagged, BigDecimal highCostThreshold, SpecialCaseStatus specialCaseStatus,
                           OffsetDateTime settledAt, List<Basis> basis) {

        static CaseView of(SettledCase c) {
            return new CaseView(c.id(), c.revision(), c.hospitalCaseId(), c.hospitalCode(), c.batchId(),
                    c.groupCode(), c.insurance(), c.actualCost(), c.dischargeDate(), c.method(), c.rate(), c.standard(),
                    c.payment(), c.retainedSurplus(), c.simulatedPayment(), c.simulatedRetainedSurplus(),
                    c.highCostFlagged(), c.highCostThreshold(), c.specialCaseStatus(), c.settledAt(), c.basis());
        }
    }

    /** A settled batch: counts per method, high-cost flags, totals (yuan). Cases: {@code GET /drg-cases?batchId=}. */
    public record BatchView(UUID batchId, String hospitalCode, int cases, Map<DrgPaymentMethod, Long> casesByMethod,
                            long highCostFlagged, BigDecimal totalCost, BigDecimal totalPayment,
                            OffsetDateTime settledAt) {

        static BatchView of(SettlementOutcome outcome) {
            Map<DrgPaymentMethod, Long> byMethod = new EnumMap<>(DrgPaymentMethod.class);
            long flagged = 0;
            for (SettledCase c : outcome.cases()) {
                byMethod.merge(c.method(), 1L, Long::sum);
                flagged += Boolean.TRUE.equals(c.highCostFlagged()) ? 1 : 0;
            }
            CaseBatch b = outcome.batch();
            return new BatchView(b.id(), b.hospitalCode(), b.caseCount(), byMethod, flagged, b.totalCost(),
                    b.totalPayment(), b.settledAt());
        }

        static BatchView of(CaseBatch b, DrgCaseStore.BatchCounts counts) {
            return new BatchView(b.id(), b.hospitalCode(), b.caseCount(), counts.byMethod(), counts.highCostFlagged(),
                    b.totalCost(), b.totalPayment(), b.settledAt());
        }
    }
}
