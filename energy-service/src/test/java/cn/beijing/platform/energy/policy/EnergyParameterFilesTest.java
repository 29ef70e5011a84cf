package cn.beijing.platform.energy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.parameters.ParameterFile;
import cn.beijing.platform.policy.parameters.ParameterFileException;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity;
import cn.beijing.platform.energy.policy.rating.EnergyGrade;
import cn.beijing.platform.energy.policy.rating.SpotCheckDraw;

/** What the energy rules check in their parameter files beyond the one format (read by platform-policy). */
class EnergyParameterFilesTest {

    private static final ParameterSet SHIPPED = ShippedPolicies.PARAMETERS;

    @Test
    void everyShippedFileCitesOneOfTheThreeNotices() {
        List<ParameterFile> files = SHIPPED.used().stream().map(SHIPPED::file).toList();
        assertThat(files).hasSize(26);
        for (ParameterFile file : files) {
            // the one file that is not a 京建法 quantity: how a notice period is counted (民法典 第二百零一条)
            assertThat(file.source().document()).as(file.name()).matches("京建法〔2024〕1[234]号|中华人民共和国民法典");
            assertThat(file.source().article()).as(file.name()).startsWith("第");
        }
    }

    @Test
    void platformRulesSayWhy() {
        for (String name : List.of("intensity-decimal-places", "settlement-reconciliation-tolerance",
                "old-building-class-one-cutoff", "old-building-appraisal-no-measure-grades")) {
            assertThat(SHIPPED.file(name).platformRule()).as(name).isNotBlank();
        }
    }

    @Test
    void theNoticePeriodIsCountedAsTheCivilCodeCountsAPeriod() {
        ParameterFile counting = SHIPPED.file("renewal-plan-notice-excludes-publication-day");
        assertThat(counting.source().document()).isEqualTo("中华人民共和国民法典");
        assertThat(counting.source().article()).isEqualTo("第二百零一条");
        assertThat(counting.platformRule()).isNull();
    }

    @Test
    void conversionFactorsSayWhatTheyAre() {
        assertThat(SHIPPED.file("energy-conversion-factors").description())
                .contains("GB/T 2589", "SAMPLE", "not converted");
    }

    @Test
    void theRulesCheckTheirValues() {
        assertThatThrownBy(() -> new SpotCheckDraw(SHIPPED.withText("spot-check-sample-ratio",
                ratingFile("ratio", "第十条", "{2025-02-01: {value: 5}}"))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> new EnergyGrade(SHIPPED.withText("energy-grade-obligations", ratingFile("count",
                "第九条", "{2025-02-01: {value: {green_operation_grades: [3, 4], deep_audit_grades: [6]}}}"))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("grade");
    }

    @Test
    void theConversionTableCoversEveryCarrier() {
        assertThatThrownBy(() -> new ComprehensiveIntensity(SHIPPED.withText("energy-conversion-factors",
                ratingFile("ratio", "第四条", """
                        2025-02-01:
                          value:
                            ELECTRICITY: {carrier_unit: kWh, kgce_per_unit: 0.1229, counted_in_intensity: true}
                        """))))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("NATURAL_GAS");
    }

    @Test
    void anAppendedVersionTakesOverOnItsDate() {
        SpotCheckDraw draw = new SpotCheckDraw(SHIPPED.withText("spot-check-sample-ratio",
                ratingFile("ratio", "第十条", """
                        2025-02-01: {value: 0.05}
                        2027-01-01: {value: 0.10}
                        """)));
        assertThat(draw.sampleSize(20, LocalDate.of(2026, 12, 31))).isEqualTo(1);
        assertThat(draw.sampleSize(20, LocalDate.of(2027, 1, 1))).isEqualTo(2);
    }

    /** A parameter file of 京建法〔2024〕12号 with its {@code unit}, {@code article} and {@code values} (YAML). */
    private static String ratingFile(String unit, String article, String values) {
        return "description: x\nunit: " + unit + "\nsource: {document: 京建法〔2024〕12号, article: " + article
                + "}\nvalues:\n" + values.indent(2);
    }
}
