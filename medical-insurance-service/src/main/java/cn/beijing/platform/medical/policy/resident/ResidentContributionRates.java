package cn.beijing.platform.medical.policy.resident;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One category's funding standard, yuan per person per year: individual contribution (一), fiscal subsidy (二), of
 * which municipal and district finance (三). Construction checks {@code municipal + district == fiscal}.
 */
public record ResidentContributionRates(BigDecimal individual, BigDecimal fiscalSubsidy, BigDecimal municipalSubsidy,
                                        BigDecimal districtSubsidy) {

    public ResidentContributionRates {
        Objects.requireNonNull(individual, "individual");
        Objects.requireNonNull(fiscalSubsidy, "fiscalSubsidy");
        Objects.requireNonNull(municipalSubsidy, "municipalSubsidy");
        Objects.requireNonNull(districtSubsidy, "districtSubsidy");
        if (municipalSubsidy.add(districtSubsidy).compareTo(fiscalSubsidy) != 0) {
            throw new IllegalArgumentException("municipal " + municipalSubsidy.toPlainString() + " + district "
                    + districtSubsidy.toPlainString() + " != fiscal subsidy " + fiscalSubsidy.toPlainString());
        }
    }
}
