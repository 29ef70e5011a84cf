package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.drg.CaseCommand;
import cn.beijing.platform.medical.drg.DrgCaseSettlements;
import cn.beijing.platform.medical.policy.DrgPaymentMethod;
import cn.beijing.platform.medical.policy.Insurance;
import cn.beijing.platform.medical.store.SettledCase;
import cn.beijing.platform.medical.store.SpecialCaseStatus;

/** Request and response bodies of case settlement. */
final class CaseBodies {

    private CaseBodies() {
    }

    /**
     * A discharged case. {@code hospitalCaseId}: the hospital's settlement reference (unique per hospital; not a
     * medical-record number). Designation, infectious-disease specialty and level come from the hospital list.
     */
    record CaseRequest(@NotBlank @Size(max = 64) String hospitalCaseId, @NotBlank @Size(max = 64) String hospitalCode,
                       @NotBlank @Size(max = 32) String groupCode, @NotNull Insurance insurance,
                       @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2) BigDecimal actualCost,
                       @NotNull LocalDate dischargeDate) {

        CaseCommand command() {
            return new CaseCommand(hospitalCaseId, hospitalCode, groupCode, insurance, actualCost, dischargeDate);
        }
    }

    record BatchRequest(@NotEmpty @Size(max = DrgCaseSettlements.MAX_BATCH) List<@NotNull @Valid CaseRequest> cases) {
    }

    /**
     * A settled case: the method (DRG, DRG_KEPT_PREVIOUS_STANDARD, PER_ITEM_WITH_DRG_SIMULATION, SPECIAL_CASE_PER_ITEM,
     * NOT_DRG_PAID), rate and standard (null when no DRG standard applies), the payment and retained surplus, the DRG
     * payment simulated beside a per-item payment (50 groups), the high-cost flag, the special-case status.
     */
    record CaseResponse(UUID id, int revision, String hospitalCaseId, String hospitalCode, UUID batchId,
                        String groupCode, Insurance insurance, BigDecimal actualCost, LocalDate dischargeDate,
                        DrgPaymentMethod method, BigDecimal rate, BigDecimal standard, BigDecimal payment,
                        BigDecimal retainedSurplus, BigDecimal simulatedPayment, BigDecimal simulatedRetainedSurplus,
                        Boolean highCostFlagged, BigDecimal highCostThreshold, SpecialCaseStatus specialCaseStatus,
                        OffsetDateTime settledAt, List<Basis> basis) {

        static CaseResponse of(SettledCase c) {
            return new CaseResponse(c.id(), c.revision(), c.hospitalCaseId(), c.hospitalCode(), c.batchId(),
                    c.groupCode(), c.insurance(), c.actualCost(), c.dischargeDate(), c.method(), c.rate(), c.standard(),
                    c.payment(), c.retainedSurplus(), c.simulatedPayment(), c.simulatedRetainedSurplus(),
                    c.highCostFlagged(), c.highCostThreshold(), c.specialCaseStatus(), c.settledAt(), c.basis());
        }
    }

    /** A settled batch: counts per method, high-cost flags, totals (yuan). Cases: {@code GET /drg-cases?batchId=}. */
    record BatchResponse(UUID batchId, String hospitalCode, int cases, Map<DrgPaymentMethod, Long> casesByMethod,
                         long highCostFlagged, BigDecimal totalCost, BigDecimal totalPayment,
                         OffsetDateTime settledAt) {
    }

    record PageResponse<T>(List<T> items, int page, int size, long total) {
    }
}
