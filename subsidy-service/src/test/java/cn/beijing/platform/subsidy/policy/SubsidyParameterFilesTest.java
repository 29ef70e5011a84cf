package cn.beijing.platform.subsidy.policy;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.policy.parameters.ParameterUnit;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;

/** What the subsidy rules check in their parameter files beyond the one format (read by platform-policy). */
class SubsidyParameterFilesTest {

    private static final ParameterSet SHIPPED = Shipped.PARAMETERS;

    @Test
    void shippedFilesCiteTheirDocumentsAsPrinted() {
        var rate = SHIPPED.file("kindergarten-per-child-monthly-rate");
        assertThat(rate.source().document()).isEqualTo("京技管发〔2024〕30号");
        assertThat(SHIPPED.get("kindergarten-per-child-monthly-rate", BigDecimal.class).valueOn(date("2025-01-01")))
                .isEqualByComparingTo("1800");
        assertThat(SHIPPED.file("sci-tech-culture-measure-02-game-esports-rnd").source().article())
                .isEqualTo("二、支持政策 2");
        assertThat(SHIPPED.file("industrial-finance-article-08-licensed-institutions").source().article())
                .isEqualTo("第八条");
        var perHire = SHIPPED.file("youth-job-expansion-subsidy-amount");
        assertThat(perHire.source().document()).isEqualTo("京人社毕发〔2024〕16号");
        assertThat(perHire.unit()).isEqualTo(ParameterUnit.YUAN);
    }

    @Test
    void aRateChangedMidYearIsAppliedMonthByMonth() {
        var rate = new EffectiveDated<>("kindergarten-per-child-monthly-rate", List.of(
                new EffectiveDated.Version<>(date("2024-12-02"), date("2025-06-30"), new BigDecimal("1800")),
                new EffectiveDated.Version<>(date("2025-07-01"), null, new BigDecimal("2000"))));
        var d = new PerChildSubsidySettlement(SHIPPED.with("kindergarten-per-child-monthly-rate", rate))
                .settle(2025, List.of(new PerChildSubsidySettlement.Child("a", date("2021-01-01"),
                        date("2024-09-01"), false, null, false)));
        assertThat(d.entitlement()).isEqualByComparingTo("22800.00");   // 6 × 1800 + 6 × 2000
        assertThat(d.advances().get(2).amount()).isEqualByComparingTo("6000.00");
        assertThat(d.basis().get(0).parameters()).contains("kindergarten-per-child-monthly-rate@2024-12-02",
                "kindergarten-per-child-monthly-rate@2025-07-01");
    }
}
