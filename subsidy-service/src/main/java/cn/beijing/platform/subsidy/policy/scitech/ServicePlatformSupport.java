package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterKey;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 措施17 专业化平台: a platform rated a national or Beijing professional service platform → one-time 20% of its
 * fixed-asset investment, at most 2000万; and an office rent subsidy of 1.5 元/天/平方米, at most 300万 a year, for
 * 3 years. Both parts are granted together.
 * <p>[platform rule] the rent subsidy is not more than the rent actually paid (rent_capped_at_actual_rent_flag).
 */
@Rule(id = "sci-tech-culture-measure-17", document = Documents.SCI_TECH_CULTURE, article = "二、支持政策 17",
        parameters = "sci-tech-culture-measure-17-service-platforms")
public final class ServicePlatformSupport extends TermsMeasure<ServicePlatformSupport.Input, ServicePlatformSupport.Terms> {

    /** Caps in 万元; the rent rate in yuan per m² per day. */
    public record Terms(BigDecimal fixedAssetRatePercent, BigDecimal fixedAssetCap,
                        BigDecimal rentYuanPerSquareMetrePerDay, BigDecimal rentAnnualCap, int rentYears,
                        @ParameterKey("rent_capped_at_actual_rent_flag") boolean rentCappedAtActualRent) {
    }

    /**
     * @param fixedAssetInvestment yuan ({@code null} or zero: no fixed-asset part asked)
     * @param officeArea           m² of office premises ({@code null} or zero: no rent part asked)
     * @param rentDays             days of the year rented
     * @param actualRentPaid       rent actually paid in the year, yuan ({@code null}: not known, no cap by it)
     * @param rentSupportYear      1, 2, 3… the year of rent support this request is for
     */
    public record Input(SupportLevel platformLevel, BigDecimal fixedAssetInvestment, BigDecimal officeArea,
                        int rentDays, BigDecimal actualRentPaid, int rentSupportYear) {
    }

    public ServicePlatformSupport(ParameterSet parameters) {
        super(17, parameters, Terms.class);
    }

    @Override
    List<AwardPart> assess(Input in, LocalDate decisionDate, Conditions conditions) {
        SupportLevel level = Inputs.required("platformLevel", in.platformLevel());
        BigDecimal fixedAssets = Inputs.optionalNonNegative("fixedAssetInvestment", in.fixedAssetInvestment());
        BigDecimal area = Inputs.optionalNonNegative("officeArea", in.officeArea());
        Inputs.nonNegative("rentDays", in.rentDays());
        Terms t = terms(decisionDate);
        conditions.require(level != SupportLevel.NONE, "NOT_RATED_PLATFORM",
                "not rated a national or Beijing professional service platform");
        List<AwardPart> parts = new ArrayList<>();
        if (fixedAssets.signum() > 0) {
            parts.add(AwardPart.percentCapped("FIXED_ASSETS", fixedAssets, t.fixedAssetRatePercent(),
                    t.fixedAssetCap()));
        }
        if (area.signum() > 0) {
            if (in.rentSupportYear() < 1) {
                throw new PolicyInputException("rentSupportYear", "must be 1 or more");
            }
            conditions.require(in.rentSupportYear() <= t.rentYears(), "RENT_SUPPORT_PERIOD_OVER",
                    "rent support is limited to " + t.rentYears() + " years");
            if (in.rentSupportYear() <= t.rentYears()) {
                parts.add(rent(t, area, in));
            }
        }
        conditions.require(!parts.isEmpty() || !conditions.met(), "NOTHING_ASKED",
                "neither fixed-asset investment nor office rent given");
        return parts;
    }

    private static AwardPart rent(Terms t, BigDecimal area, Input in) {
        BigDecimal raw = t.rentYuanPerSquareMetrePerDay().multiply(area).multiply(BigDecimal.valueOf(in.rentDays()));
        boolean limitedByActual = false;
        if (t.rentCappedAtActualRent() && in.actualRentPaid() != null) {
            BigDecimal actual = Inputs.nonNegative("actualRentPaid", in.actualRentPaid());
            if (raw.compareTo(actual) > 0) {
                raw = actual;  // [platform rule] not more than the rent paid
                limitedByActual = true;
            }
        }
        AwardPart rent = AwardPart.capped("OFFICE_RENT", raw, t.rentAnnualCap());
        return limitedByActual && !rent.capApplied()
                ? new AwardPart("OFFICE_RENT_LIMITED_BY_ACTUAL_RENT", rent.kind(), Money.yuan(raw), true)
                : rent;
    }
}
