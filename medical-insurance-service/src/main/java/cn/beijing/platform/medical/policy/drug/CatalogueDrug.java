package cn.beijing.platform.medical.policy.drug;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.beijing.platform.medical.policy.Money;

/**
 * A drug of the imported 2024 catalogue. {@code paymentStandard} (yuan per unit) is valid from
 * {@code standardValidFrom} to {@code standardValidTo} inclusive (either may be open). {@code droppedAfterFailedRenewal}
 * marks a negotiated drug dropped after a failed renewal (一(五)); {@code herbalExclusion} which exclusion list a herbal
 * piece is on.
 */
public record CatalogueDrug(String code, String name, DrugCataloguePart part, String categoryCode,
                            BigDecimal paymentStandard, LocalDate standardValidFrom, LocalDate standardValidTo,
                            boolean droppedAfterFailedRenewal, HerbalExclusion herbalExclusion) {

    /** The payment standard if one is valid on {@code day}. */
    public BigDecimal paymentStandardOn(LocalDate day) {
        if (paymentStandard == null) {
            return null;
        }
        boolean started = standardValidFrom == null || !day.isBefore(standardValidFrom);
        boolean notEnded = standardValidTo == null || !day.isAfter(standardValidTo);
        return started && notEnded ? paymentStandard : null;
    }

    /** Same content (the import compares rows to count what changed); amounts compared by value. */
    public boolean sameAs(CatalogueDrug o) {
        return o != null && code.equals(o.code) && name.equals(o.name) && part == o.part
                && Objects.equals(categoryCode, o.categoryCode) && Money.same(paymentStandard, o.paymentStandard)
                && Objects.equals(standardValidFrom, o.standardValidFrom)
                && Objects.equals(standardValidTo, o.standardValidTo)
                && droppedAfterFailedRenewal == o.droppedAfterFailedRenewal && herbalExclusion == o.herbalExclusion;
    }
}
