package cn.beijing.platform.medical.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.medical.parameters.MedicalInsuranceParameterFiles;
import cn.beijing.platform.medical.parameters.MedicalInsuranceParameters;
import cn.beijing.platform.medical.parameters.ParameterFileException;
import cn.beijing.platform.medical.parameters.ParameterFileReader;

/** The shipped parameter files load and cite the gazette; broken files are refused at load. */
class ParameterFilesTest {

    private static MedicalInsuranceParameters loadWith(String name, String yaml) {
        ClassLoader loader = ParameterFilesTest.class.getClassLoader();
        return MedicalInsuranceParameterFiles.load(file -> file.equals(name)
                ? new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))
                : loader.getResourceAsStream("policy/" + file + ".yaml"));
    }

    @Test
    void everyShippedFileIsLoadedAndNoFileIsOrphaned() throws IOException, URISyntaxException {
        MedicalInsuranceParameters p = ShippedParameters.PARAMETERS;
        List<String> loaded = p.all().stream().map(EffectiveDated::name).sorted().toList();
        Path folder = Path.of(getClass().getClassLoader().getResource("policy").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml"))
                    .map(f -> f.substring(0, f.length() - ".yaml".length())).sorted().toList();
            assertThat(loaded).isEqualTo(onDisk);
        }
    }

    @Test
    void everyFileHasADescriptionAUnitFromTheClosedListAndAGazetteReference() {
        for (EffectiveDated<?> file : ShippedParameters.PARAMETERS.all()) {
            assertThat(file.description()).as(file.name()).isNotBlank();
            assertThat(ParameterFileReader.UNITS).as(file.name()).contains(file.unit());
            assertThat(file.reference().document()).as(file.name()).matches("京医保发〔2024〕2[1-4]号");
            assertThat(file.reference().article()).as(file.name()).isNotBlank();
        }
    }

    @Test
    void theShippedValuesAreThoseOfTheGazette() {
        MedicalInsuranceParameters p = ShippedParameters.PARAMETERS;
        assertThat(p.drgBaseRate().versions().get(0).value()).isEqualByComparingTo("20425");
        assertThat(p.drgInfectiousDiseaseSpecialtyRate().versions().get(0).value()).isEqualByComparingTo("20834");
        assertThat(p.drgSurplusRetention().versions().get(0).value().employee()).isEqualByComparingTo("1");
        assertThat(p.drgSurplusRetention().versions().get(0).value().resident()).isEqualByComparingTo("0.5");
        assertThat(p.drgSpecialCaseQuota().versions().get(0).value()).isEqualByComparingTo("5");
        assertThat(p.drgGroupingScheme().versions().get(0).value())
                .isEqualTo(new DrgGroupingScheme(682, 80, 632, 50, 33));
        assertThat(p.medicalServicePriceItems().versions().get(0).validFrom()).isEqualTo("2024-12-28");
        assertThat(p.medicalServicePriceItems().versions().get(0).value().maximumGuidePriceItems().get("KNC32701")
                .maximumGuidePrice()).isEqualByComparingTo("50");
        assertThat(p.droppedNegotiatedDrugTransition().versions().get(0).value()).isEqualTo("2025-06-30");
        assertThat(p.drugCatalogue2024InForce().versions().get(0).validFrom()).isEqualTo("2025-01-01");
        assertThat(p.residentContributionStandards().versions().get(0).validTo()).isEqualTo("2025-12-31");
    }

    private static final String RATE = """
            description: test rate
            unit: yuan
            reference: {document: 京医保发〔2024〕24号, article: 二(一)}
            values:
            """;

    @Test
    void aVersionWithoutValidToEndsTheDayBeforeTheNextOne() {
        MedicalInsuranceParameters p = loadWith("drg-base-rate", RATE + """
                  2025-01-01:
                    value: 20425
                  2026-01-01:
                    value: 21000
                """);
        // the specialty rate (2025) still matches the 2025 base rate
        assertThat(p.drgBaseRate().versions().get(0).validTo()).isEqualTo("2025-12-31");
        assertThat(p.drgBaseRate().versionOn(java.time.LocalDate.parse("2026-01-01")).orElseThrow().value())
                .isEqualByComparingTo("21000");
    }

    @Test
    void refusesOverlappingWindows() {
        assertThatThrownBy(() -> loadWith("drg-base-rate", RATE + """
                  2025-01-01:
                    value: 20425
                    valid_to: 2026-01-01
                  2026-01-01:
                    value: 21000
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
    }

    @Test
    void refusesUnsortedHistory() {
        assertThatThrownBy(() -> loadWith("drg-base-rate", RATE + """
                  2026-01-01:
                    value: 21000
                  2025-01-01:
                    value: 20425
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("ascend");
    }

    @Test
    void refusesMissingKeysUnknownKeysAndWrongUnits() {
        Map<String, String> broken = Map.of(
                "missing description", "unit: yuan\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: 1}}\n",
                "missing reference", "description: x\nunit: yuan\nvalues: {2025-01-01: {value: 1}}\n",
                "missing article", "description: x\nunit: yuan\nreference: {document: d}\nvalues: {2025-01-01: {value: 1}}\n",
                "missing values", "description: x\nunit: yuan\nreference: {document: d, article: a}\n",
                "missing value", "description: x\nunit: yuan\nreference: {document: d, article: a}\nvalues: {2025-01-01: {valid_to: 2025-02-01}}\n",
                "unknown unit", "description: x\nunit: dollars\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: 1}}\n",
                "wrong unit", "description: x\nunit: percent\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: 1}}\n",
                "unknown key", "description: x\nunit: yuan\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: 1, valid_until: 2025-02-01}}\n",
                "not a number", "description: x\nunit: yuan\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: lots}}\n",
                "valid_to before valid_from", "description: x\nunit: yuan\nreference: {document: d, article: a}\nvalues: {2025-01-01: {value: 1, valid_to: 2024-12-31}}\n");
        broken.forEach((why, yaml) -> assertThatThrownBy(() -> loadWith("drg-base-rate", yaml))
                .as(why).isInstanceOf(ParameterFileException.class));
    }

    @Test
    void refusesAMissingFile() {
        ClassLoader loader = getClass().getClassLoader();
        assertThatThrownBy(() -> MedicalInsuranceParameterFiles.load(file -> file.equals("drg-special-case-quota")
                ? null : loader.getResourceAsStream("policy/" + file + ".yaml")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("drg-special-case-quota.yaml");
    }

    @Test
    void refusesASpecialtyRateThatIsNotTheBaseRatePlusTheUplift() {
        assertThatThrownBy(() -> loadWith("drg-infectious-disease-specialty-rate", """
                description: x
                unit: yuan
                reference: {document: 京医保发〔2024〕24号, article: 二(一)}
                values:
                  2025-01-01:
                    value: 20833
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("20834");
    }

    @Test
    void refusesSubsidiesThatDoNotAddUp() {
        assertThatThrownBy(() -> loadWith("resident-contribution-standards", """
                description: x
                unit: yuan
                reference: {document: 京医保发〔2024〕23号, article: 一、二、三}
                values:
                  2025-01-01:
                    valid_to: 2025-12-31
                    value:
                      ELDERLY: {individual: 430, fiscal_subsidy: 4350, municipal_subsidy: 1945, district_subsidy: 2404}
                      STUDENT_CHILD: {individual: 405, fiscal_subsidy: 1725, municipal_subsidy: 632, district_subsidy: 1093}
                      WORKING_AGE: {individual: 750, fiscal_subsidy: 2335, municipal_subsidy: 937, district_subsidy: 1398}
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("ELDERLY");
    }

    @Test
    void refusesAMissingCategory() {
        assertThatThrownBy(() -> loadWith("resident-contribution-standards", """
                description: x
                unit: yuan
                reference: {document: 京医保发〔2024〕23号, article: 一、二、三}
                values:
                  2025-01-01:
                    value:
                      ELDERLY: {individual: 430, fiscal_subsidy: 4350, municipal_subsidy: 1945, district_subsidy: 2405}
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("STUDENT_CHILD");
    }

    @Test
    void refusesAGroupingSchemeWhoseGroupsDoNotAddUp() {
        assertThatThrownBy(() -> loadWith("drg-grouping-scheme", """
                description: x
                unit: count
                reference: {document: 京医保发〔2024〕24号, article: 三}
                values:
                  2025-01-01:
                    value: {groups: 682, designated_hospitals: 80, designated_employee_drg_paid_groups: 632,
                            designated_employee_per_item_groups: 51, kept_consumables_procurement_groups: 33}
                """)).isInstanceOf(ParameterFileException.class);
    }

    @Test
    void refusesAnItemBothPricedAndAbolished() {
        assertThatThrownBy(() -> loadWith("medical-service-price-items", """
                description: x
                unit: yuan
                reference: {document: 京医保发〔2024〕22号, article: 一}
                values:
                  2024-12-28:
                    value:
                      maximum_guide_price_items:
                        KNC32701: {name: n, unit: 次, maximum_guide_price: 50}
                      abolished_items:
                        KNC32701: n
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("both");
    }

    static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
