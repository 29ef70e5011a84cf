package cn.beijing.platform.medical.policy.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import cn.beijing.platform.medical.policy.Money;

/**
 * A medical service price item of the imported table: code, name, pricing unit, price (yuan per unit, the maximum
 * where the price is a maximum guide price), insurance classes as printed, validity by service date.
 */
public record PriceItem(String code, String name, String unit, BigDecimal price, String insuranceClasses,
                        LocalDate validFrom, LocalDate validTo) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean sameAs(PriceItem o) {
        return o != null && code.equals(o.code) && name.equals(o.name) && unit.equals(o.unit)
                && Money.same(price, o.price) && Objects.equals(insuranceClasses, o.insuranceClasses)
                && validFrom.equals(o.validFrom) && Objects.equals(validTo, o.validTo);
    }
}
