package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import cn.beijing.platform.medical.policy.HerbalUse;
import cn.beijing.platform.medical.policy.Insurance;
import cn.beijing.platform.medical.policy.ListedDrugKind;
import cn.beijing.platform.medical.policy.OutpatientSpecialDisease;

/** Request bodies of the stateless calculators (API.md field names). Signs and ranges are checked by the policy. */
final class CalculatorRequests {

    private CalculatorRequests() {
    }

    /** {@code POST /api/medical-insurance/drug-price-evaluations}. */
    record DrugPriceEvaluationRequest(@NotNull BigDecimal price, @NotNull BigDecimal paymentStandard,
                                      @NotNull BigDecimal quantity) {
    }

    /** {@code POST /api/medical-insurance/drg-payment-evaluations}. */
    record DrgPaymentEvaluationRequest(@NotNull BigDecimal weight, @NotNull Boolean infectiousDiseaseSpecialty,
                                       @NotNull Insurance insurance, @NotNull BigDecimal actualCost,
                                       @NotNull LocalDate dischargeDate) {
    }

    /** {@code POST /api/medical-insurance/drug-claim-line-evaluations}: a catalogue drug by code, or a herbal piece. */
    record DrugClaimLineRequest(String drugCode, String herbName, HerbalUse herbalUse, @NotNull BigDecimal price,
                                @NotNull BigDecimal quantity, @NotNull LocalDate serviceDate) {
    }

    /** {@code POST /api/medical-insurance/outpatient-special-disease-scope-evaluations}. */
    record SpecialDiseaseScopeRequest(@NotNull OutpatientSpecialDisease disease, String drugCode, String categoryCode,
                                      String drugName, @NotNull LocalDate serviceDate) {
    }

    /** {@code POST /api/medical-insurance/listing-price-checks}. */
    record ListingPriceRequest(@NotNull ListedDrugKind kind, @NotNull BigDecimal listingPrice, BigDecimal ceiling,
                               String drugCode) {
    }

    /** {@code POST /api/medical-insurance/price-item-charge-checks}. */
    record PriceItemChargeRequest(@NotNull String itemCode, @NotNull BigDecimal unitPrice,
                                  @NotNull LocalDate serviceDate, LocalDate billingDate) {
    }
}
