package cn.beijing.platform.medical.policy.resident;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.RESIDENT_FUNDING_2025;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * Urban and rural resident basic medical insurance funding standard of a year — for 2025, 京医保发〔2024〕23号:
 * individual contributions (一), fiscal subsidy (二), municipal/district split (三). The table comes from parameter
 * {@code resident-contribution-standards}; a version must cover the whole calendar year, otherwise the year has no
 * table and the request is refused on field {@code year}.
 */
@Rule(id = "resident-contributions", document = RESIDENT_FUNDING_2025, article = "一",
        parameters = "resident-contribution-standards")
public final class ResidentContributionStandard implements Decides<ResidentContributionStandard.Input, ResidentContributionTable> {

    private final EffectiveDated<Map<ResidentCategory, ResidentContributionRates>> standards;

    public record Input(int year) {
    }

    public ResidentContributionStandard(ParameterSet parameters) {
        standards = parameters.get("resident-contribution-standards", v -> {
            Map<ResidentCategory, ResidentContributionRates> table = v.enumMap(ResidentCategory.class,
                    row -> row.as(ResidentContributionRates.class));
            for (ResidentCategory category : ResidentCategory.values()) {
                if (!table.containsKey(category)) {
                    throw v.fail(category + " missing");
                }
            }
            return table;
        });
    }

    /** The year decides: a version must cover it whole. */
    @Override
    public ResidentContributionTable decide(Input input, LocalDate decisionDate) {
        return forYear(Inputs.required("input", input).year());
    }

    public ResidentContributionTable forYear(int year) {
        if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
            throw new PolicyInputException("year", "is not a year");
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        InForce<Map<ResidentCategory, ResidentContributionRates>> version = standards.find(first)
                .filter(v -> standards.find(last).map(InForce::validFrom).filter(v.validFrom()::equals).isPresent())
                .orElseThrow(() -> new PolicyInputException("year",
                        "no resident funding standard is loaded for " + year));
        String parameters = version.version();
        List<Basis> basis = List.of(
                Basis.of(RESIDENT_FUNDING_2025, "一").withParameters(parameters),
                Basis.of(RESIDENT_FUNDING_2025, "二").withParameters(parameters),
                Basis.of(RESIDENT_FUNDING_2025, "三").withParameters(parameters));
        List<ResidentContributionRow> rows = new ArrayList<>();
        for (ResidentCategory category : ResidentCategory.values()) {
            ResidentContributionRates rates = version.value().get(category);
            if (rates == null) {
                throw new PolicyInputException("year", "no " + category + " row in the " + year + " table");
            }
            rows.add(new ResidentContributionRow(category,
                    Money.yuan(rates.individual()),
                    Money.yuan(rates.fiscalSubsidy()),
                    Money.yuan(rates.municipalSubsidy()),
                    Money.yuan(rates.districtSubsidy()),
                    Money.yuan(rates.individual().add(rates.fiscalSubsidy())),
                    basis));
        }
        return new ResidentContributionTable(year, rows, basis);
    }
}
