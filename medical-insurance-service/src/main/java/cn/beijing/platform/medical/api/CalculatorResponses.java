package cn.beijing.platform.medical.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.drug.DrugCatalogueStatus;
import cn.beijing.platform.medical.policy.price.PriceItemChargeStatus;
import cn.beijing.platform.medical.policy.drug.DrugCataloguePart;
import cn.beijing.platform.medical.policy.price.PriceItem;

/** Response bodies of the catalogue-backed decisions. */
final class CalculatorResponses {

    private CalculatorResponses() {
    }

    /**
     * A claim line: {@code reimbursableBase} and {@code insuredExtra} are totals for the quantity (yuan, HALF_UP 0.01).
     * {@code sampleData}: the herbal exclusion lists used are SAMPLE data.
     */
    record DrugClaimLineResponse(String drugCode, String drugName, DrugCataloguePart part, DrugCatalogueStatus status,
                                 BigDecimal paymentStandard, boolean payable, BigDecimal reimbursableBase,
                                 BigDecimal insuredExtra, boolean sampleData, List<Basis> basis) {
    }

    /** A charge decision by 京医保发〔2024〕22号; {@code item} is the imported table's row, when there is one. */
    record PriceItemChargeResponse(String itemCode, LocalDate serviceDate, BigDecimal unitPrice,
                                   PriceItemChargeStatus status, boolean accepted, BigDecimal maximumGuidePrice,
                                   PriceItem item, List<Basis> basis) {
    }
}
