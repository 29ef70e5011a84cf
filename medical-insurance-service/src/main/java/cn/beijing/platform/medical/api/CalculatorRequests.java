package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.beijing.platform.common.imports.Cells;
import cn.beijing.platform.common.input.Money;
import cn.beijing.platform.common.input.Quantity;
import cn.beijing.platform.medical.policy.drug.HerbalUse;
import cn.beijing.platform.medical.policy.drg.Insurance;
import cn.beijing.platform.medical.policy.drug.ListedDrugKind;
import cn.beijing.platform.medical.policy.drug.OutpatientSpecialDisease;

/**
 * Request bodies of the stateless calculators (docs/API.md field names). Signs and ranges are checked by the policy; sizes
 * here: prices in yuan to 4 decimals (payment standards are stored so), amounts to the fen, DRG weights below 1000 to 4
 * decimals, codes as in the catalogue import.
 */
final class CalculatorRequests {

    private CalculatorRequests() {
    }

    /** {@code POST /api/medical-insurance/drug-price-evaluations}. */
    record DrugPriceEvaluationRequest(@NotNull @Digits(integer = 12, fraction = 4) BigDecimal price,
                                      @NotNull @Digits(integer = 12, fraction = 4) BigDecimal paymentStandard,
                                      @NotNull @Quantity BigDecimal quantity) {
    }

    /** {@code POST /api/medical-insurance/drg-payment-evaluations}. */
    record DrgPaymentEvaluationRequest(@NotNull @Digits(integer = 3, fraction = 4) BigDecimal weight,
                                       @NotNull Boolean infectiousDiseaseSpecialty,
                                       @NotNull Insurance insurance, @NotNull @Money BigDecimal actualCost,
                                       @NotNull LocalDate dischargeDate) {
    }

    /** {@code POST /api/medical-insurance/drug-claim-line-evaluations}: a catalogue drug by code, or a herbal piece. */
    record DrugClaimLineRequest(@Size(max = Cells.MAX_CODE) String drugCode, @Size(max = Cells.MAX_CELL) String herbName,
                                HerbalUse herbalUse, @NotNull @Digits(integer = 12, fraction = 4) BigDecimal price,
                                @NotNull @Quantity BigDecimal quantity, @NotNull LocalDate serviceDate) {
    }

    /** {@code POST /api/medical-insurance/outpatient-special-disease-scope-evaluations}. */
    record SpecialDiseaseScopeRequest(@NotNull OutpatientSpecialDisease disease,
                                      @Size(max = Cells.MAX_CODE) String drugCode,
                                      @Size(max = Cells.MAX_CODE) String categoryCode,
                                      @Size(max = Cells.MAX_CELL) String drugName, @NotNull LocalDate serviceDate) {
    }

    /** {@code POST /api/medical-insurance/listing-price-checks}. */
    record ListingPriceRequest(@NotNull ListedDrugKind kind,
                               @NotNull @Digits(integer = 12, fraction = 4) BigDecimal listingPrice,
                               @Digits(integer = 12, fraction = 4) BigDecimal ceiling,
                               @Size(max = Cells.MAX_CODE) String drugCode) {
    }

    /** {@code POST /api/medical-insurance/price-item-charge-checks}. */
    record PriceItemChargeRequest(@NotNull @Size(max = Cells.MAX_CODE) String itemCode,
                                  @NotNull @Money BigDecimal unitPrice,
                                  @NotNull LocalDate serviceDate, LocalDate billingDate) {
    }
}
