package cn.beijing.platform.energy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.energy.parameters.EnergyParameterFiles;
import cn.beijing.platform.energy.parameters.ParameterFile;
import cn.beijing.platform.energy.parameters.ParameterFileException;
import cn.beijing.platform.energy.parameters.ParameterFileReader;

class ParameterFilesTest {

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String HEADER = """
            description: test quantity
            unit: ratio
            reference:
              document: 京建法〔2024〕12号
              article: 第五条
            """;

    @Test
    void everyShippedFileIsDescribedAndReferenced() {
        List<ParameterFile> files = ShippedPolicies.PARAMETERS.files();
        assertThat(files).hasSize(25);
        assertThat(files).extracting(ParameterFile::name).doesNotHaveDuplicates();
        for (ParameterFile file : files) {
            assertThat(file.description()).as(file.name()).isNotBlank();
            assertThat(ParameterFile.UNITS).as(file.name()).contains(file.unit());
            assertThat(file.referenceDocument()).as(file.name()).matches("京建法〔2024〕1[234]号");
            assertThat(file.referenceArticle()).as(file.name()).startsWith("第");
            assertThat(file.entries()).as(file.name()).isNotEmpty();
        }
    }

    @Test
    void platformRulesSayTheyAre() {
        for (String name : List.of("intensity-decimal-places", "settlement-reconciliation-tolerance",
                "renewal-plan-notice-counts-publication-day", "old-building-class-one-cutoff")) {
            ParameterFile file = ShippedPolicies.PARAMETERS.files().stream().filter(f -> f.name().equals(name))
                    .findFirst().orElseThrow();
            assertThat(file.description()).as(name).contains("[platform rule]");
        }
    }

    @Test
    void conversionFactorsSayWhatTheyAre() {
        ParameterFile factors = ShippedPolicies.PARAMETERS.files().stream()
                .filter(f -> f.name().equals("energy-conversion-factors")).findFirst().orElseThrow();
        assertThat(factors.description()).contains("GB/T 2589", "SAMPLE", "not converted");
    }

    @Test
    void readsAValidFileWithQuotedOrPlainDates() {
        ParameterFile file = ParameterFileReader.read("t", yaml(HEADER + """
                values:
                  2025-02-01:
                    value: 0.5
                    valid_to: 2025-12-31
                  "2026-01-01":
                    value: 0.6
                """));
        assertThat(file.entries()).hasSize(2);
        assertThat(file.entries().get(0).validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(file.entries().get(1).validFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void rejectsMissingKeys() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml("""
                unit: ratio
                reference: {document: 京建法〔2024〕12号, article: 第五条}
                values: {"2025-02-01": {value: 1}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("description");
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml("""
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕12号}
                values: {"2025-02-01": {value: 1}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("reference.article");
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + "values: {}\n")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("values");
        assertThatThrownBy(() -> ParameterFileReader.read("t", null))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("not found");
    }

    @Test
    void rejectsUnitOutsideTheClosedList() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml("""
                description: x
                unit: furlongs
                reference: {document: 京建法〔2024〕12号, article: 第五条}
                values: {"2025-02-01": {value: 1}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("furlongs");
    }

    @Test
    void rejectsOverlappingWindows() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + """
                values:
                  "2025-02-01": {value: 0.5, valid_to: "2026-01-01"}
                  "2026-01-01": {value: 0.6}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
    }

    @Test
    void rejectsDuplicateValidFrom() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + """
                values:
                  "2025-02-01": {value: 0.5}
                  "2025-02-01": {value: 0.6}
                """))).isInstanceOf(ParameterFileException.class);
    }

    @Test
    void rejectsBadDatesAndReversedWindows() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + """
                values:
                  "2025-02-30": {value: 0.5}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("not a date");
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + """
                values:
                  "2025-02-01": {value: 0.5, valid_to: "2025-01-31"}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("before");
    }

    @Test
    void rejectsUnknownTopLevelKeys() {
        assertThatThrownBy(() -> ParameterFileReader.read("t", yaml(HEADER + """
                comment: oops
                values: {"2025-02-01": {value: 1}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("comment");
    }

    /** Shipped files, with one replaced. */
    private static Function<String, InputStream> replacing(String name, String text) {
        ClassLoader loader = ParameterFilesTest.class.getClassLoader();
        return n -> n.equals(name) ? yaml(text) : loader.getResourceAsStream("policy/" + n + ".yaml");
    }

    @Test
    void loaderChecksTheExpectedUnitDocumentAndKeys() {
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("spot-check-sample-ratio", """
                description: x
                unit: percent
                reference: {document: 京建法〔2024〕12号, article: 第十条}
                values: {"2025-02-01": {value: 5}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("unit must be 'ratio'");
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("spot-check-sample-ratio", """
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕13号, article: 第十条}
                values: {"2025-02-01": {value: 0.05}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("reference.document");
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("spot-check-sample-ratio", """
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕12号, article: 第十条}
                values: {"2025-02-01": {value: 0.05, vlaue: 0.06}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("vlaue");
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("spot-check-sample-ratio", """
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕12号, article: 第十条}
                values: {"2025-02-01": {value: 5}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("energy-grade-obligations", """
                description: x
                unit: count
                reference: {document: 京建法〔2024〕12号, article: 第九条}
                values: {"2025-02-01": {green_operation_grades: [3, 4], deep_audit_grades: [6]}}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("not a grade");
    }

    @Test
    void conversionTableMustCoverEveryCarrierConsistently() {
        assertThatThrownBy(() -> EnergyParameterFiles.load(replacing("energy-conversion-factors", """
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕12号, article: 第四条}
                values:
                  "2025-02-01":
                    ELECTRICITY: {carrier_unit: kWh, kgce_per_unit: 0.1229, counted_in_intensity: true}
                """))).isInstanceOf(ParameterFileException.class).hasMessageContaining("NATURAL_GAS");
    }

    @Test
    void appendedVersionsTakeOverOnTheirDate() {
        var parameters = EnergyParameterFiles.load(replacing("spot-check-sample-ratio", """
                description: x
                unit: ratio
                reference: {document: 京建法〔2024〕12号, article: 第十条}
                values:
                  "2025-02-01": {value: 0.05}
                  "2027-01-01": {value: 0.10}
                """));
        SpotCheckDraw draw = new SpotCheckDraw(parameters.spotCheckDraw());
        assertThat(draw.sampleSize(20, LocalDate.of(2026, 12, 31))).isEqualTo(1);
        assertThat(draw.sampleSize(20, LocalDate.of(2027, 1, 1))).isEqualTo(2);
    }

    @Test
    void aClosedWindowLeavesAGap() {
        EffectiveDated<BigDecimal> dated = new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30), BigDecimal.ONE),
                new EffectiveDated.Version<>(LocalDate.of(2026, 1, 1), null, BigDecimal.TEN)));
        assertThat(dated.on(LocalDate.of(2025, 6, 30)).value()).isEqualTo(BigDecimal.ONE);
        assertThat(dated.find(LocalDate.of(2025, 7, 1))).isEmpty();
        assertThat(dated.find(LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(dated.on(LocalDate.of(2026, 1, 1)).version()).isEqualTo("x@2026-01-01");
        assertThatThrownBy(() -> dated.on(LocalDate.of(2025, 7, 1), "someField"))
                .isInstanceOfSatisfying(ParameterNotInForceException.class,
                        e -> assertThat(e.field()).isEqualTo("someField"));
    }

    @Test
    void effectiveDatedRejectsOverlap() {
        assertThatThrownBy(() -> new EffectiveDated<>("x", List.of(
                new EffectiveDated.Version<>(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), 1),
                new EffectiveDated.Version<>(LocalDate.of(2026, 1, 1), null, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
