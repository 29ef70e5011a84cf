package cn.beijing.platform.medical.policy.price;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A charge for one unit (计价单位) of a price item. The rule is chosen by {@code serviceDate} (the day the service was
 * provided); {@code billingDate} is recorded for audit only and never changes the decision.
 */
public record PriceItemChargeInput(String itemCode, BigDecimal unitPrice, LocalDate serviceDate,
                                   LocalDate billingDate) {
}
