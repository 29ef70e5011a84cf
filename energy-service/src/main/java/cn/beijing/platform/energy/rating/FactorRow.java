package cn.beijing.platform.energy.rating;

import java.math.BigDecimal;

/**
 * A row of an imported conversion-factor version as submitted: kgce per carrier unit. Carrier as text, so that every
 * bad row can be reported; {@code unit} is optional and, when given, must be the carrier's reporting unit.
 */
public record FactorRow(String carrier, BigDecimal factor, String unit) {
}
