package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;

/**
 * A drug's actual price {@code P} per unit, its medical-insurance payment standard {@code S} per unit, and the
 * quantity dispensed (API: {@code price, paymentStandard, quantity}).
 */
public record DrugPriceInput(BigDecimal price, BigDecimal paymentStandard, BigDecimal quantity) {
}
