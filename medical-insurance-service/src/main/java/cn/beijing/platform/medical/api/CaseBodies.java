package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import cn.beijing.platform.medical.drg.CaseCommand;
import cn.beijing.platform.medical.drg.DrgCaseSettlements;
import cn.beijing.platform.medical.policy.drg.Insurance;

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
}
