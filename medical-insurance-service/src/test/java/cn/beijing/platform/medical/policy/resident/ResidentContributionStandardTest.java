package cn.beijing.platform.medical.policy.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

class ResidentContributionStandardTest {

    private final ResidentContributionStandard rule = ShippedParameters.RULES.get(ResidentContributionStandard.class);

    @Test
    void returnsThe2025TableAsPrinted() {
        ResidentContributionTable table = rule.forYear(2025);
        assertThat(table.rows())
                .extracting(ResidentContributionRow::category, r -> r.individual().toPlainString(),
                        r -> r.fiscalSubsidy().toPlainString(), r -> r.municipalSubsidy().toPlainString(),
                        r -> r.districtSubsidy().toPlainString(), r -> r.total().toPlainString())
                .containsExactly(
                        tuple(ResidentCategory.ELDERLY, "430.00", "4350.00", "1945.00", "2405.00", "4780.00"),
                        tuple(ResidentCategory.STUDENT_CHILD, "405.00", "1725.00", "632.00", "1093.00", "2130.00"),
                        tuple(ResidentCategory.WORKING_AGE, "750.00", "2335.00", "937.00", "1398.00", "3085.00"));
        assertThat(table.basis()).containsExactly(
                Basis.of("京医保发〔2024〕23号", "一").withParameters("resident-contribution-standards@2025-01-01"),
                Basis.of("京医保发〔2024〕23号", "二").withParameters("resident-contribution-standards@2025-01-01"),
                Basis.of("京医保发〔2024〕23号", "三").withParameters("resident-contribution-standards@2025-01-01"));
    }

    @Test
    void municipalPlusDistrictIsTheFiscalSubsidyInEveryRow() {
        for (ResidentContributionRow row : rule.forYear(2025).rows()) {
            assertThat(row.municipalSubsidy().add(row.districtSubsidy())).isEqualByComparingTo(row.fiscalSubsidy());
            assertThat(row.basis()).isNotEmpty();
        }
    }

    @Test
    void aYearWithoutATableIsRefused() {
        assertThatThrownBy(() -> rule.forYear(2024))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
        assertThatThrownBy(() -> rule.forYear(2026))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("year"));
    }

    @Test
    void ratesThatDoNotAddUpCannotBeBuilt() {
        assertThatThrownBy(() -> new ResidentContributionRates(BigDecimal.ONE, new BigDecimal("4350"),
                new BigDecimal("1945"), new BigDecimal("2404")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("!= fiscal subsidy");
    }
}
