package cn.beijing.platform.subsidy.policy;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.subsidy.parameters.ParameterFileException;
import cn.beijing.platform.subsidy.parameters.ParameterFileReader;
import cn.beijing.platform.subsidy.parameters.ParameterValue;
import cn.beijing.platform.subsidy.parameters.SubsidyParameterFiles;
import cn.beijing.platform.subsidy.policy.kindergarten.KindergartenParameters;
import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;

class ParameterFilesTest {

    private static Parameter<BigDecimal> parse(String yaml) {
        return ParameterFileReader.parse("test.yaml", "test",
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), ParameterValue::decimal);
    }

    private static final String HEADER = """
            description: a rate
            unit: yuan
            reference: {document: 京技管发〔2024〕30号, article: 第五条}
            """;

    @Test
    void everyShippedFileIsLoadedAndEveryLoadedFileIsShipped() throws IOException {
        List<String> shipped;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/policy"))) {
            shipped = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        }
        assertThat(SubsidyParameterFiles.fileNames()).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(Shipped.PARAMETERS).isNotNull();
    }

    @Test
    void shippedFilesCiteTheirDocumentsAsPrinted() {
        var p = Shipped.PARAMETERS;
        assertThat(p.kindergarten().perChildMonthlyRate().document()).isEqualTo("京技管发〔2024〕30号");
        assertThat(p.kindergarten().perChildMonthlyRate().on(date("2025-01-01"))).isEqualByComparingTo("1800");
        assertThat(p.sciTechCulture().measure02().article()).isEqualTo("二、支持政策 2");
        assertThat(p.industrialFinance().article08().article()).isEqualTo("第八条");
        assertThat(p.youthEmployment().subsidyPerHire().document()).isEqualTo("京人社毕发〔2024〕16号");
        assertThat(p.youthEmployment().subsidyPerHire().unit()).isEqualTo("yuan");
    }

    @Test
    void aValueIsInForceFromItsValidFromToItsValidTo() {
        Parameter<BigDecimal> rate = parse(HEADER + """
                values:
                  - {valid_from: 2024-12-02, valid_to: 2025-12-31, value: 1800}
                  - {valid_from: 2026-01-01, value: 2000}
                """);
        assertThat(rate.on(date("2025-12-31"))).isEqualByComparingTo("1800");
        assertThat(rate.on(date("2026-01-01"))).isEqualByComparingTo("2000");
        assertThat(rate.versionOn(date("2026-01-01"))).isEqualTo("test@2026-01-01");
        assertThatThrownBy(() -> rate.on(date("2024-12-01"))).isInstanceOf(ParameterNotInForceException.class);
    }

    @Test
    void overlappingWindowsFailAtLoad() {
        assertThatThrownBy(() -> parse(HEADER + """
                values:
                  - {valid_from: 2024-12-02, valid_to: 2026-01-01, value: 1800}
                  - {valid_from: 2026-01-01, value: 2000}
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
        assertThatThrownBy(() -> parse(HEADER + """
                values:
                  - {valid_from: 2024-12-02, value: 1800}
                  - {valid_from: 2026-01-01, value: 2000}
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("overlaps");
    }

    @Test
    void missingOrUnknownKeysAndUnitsFailAtLoad() {
        assertThatThrownBy(() -> parse("""
                unit: yuan
                reference: {document: d, article: a}
                values: [{valid_from: 2024-12-02, value: 1}]
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("description");
        assertThatThrownBy(() -> parse("""
                description: x
                unit: dollars
                reference: {document: d, article: a}
                values: [{valid_from: 2024-12-02, value: 1}]
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("unit dollars");
        assertThatThrownBy(() -> parse("""
                description: x
                unit: yuan
                reference: {document: d}
                values: [{valid_from: 2024-12-02, value: 1}]
                """)).isInstanceOf(ParameterFileException.class).hasMessageContaining("article");
        assertThatThrownBy(() -> parse(HEADER + "values: [{value: 1}]"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("valid_from");
        assertThatThrownBy(() -> parse(HEADER + "values: [{valid_from: 2024-12-02, valid_form: 2025-01-01, value: 1}]"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unknown key");
        assertThatThrownBy(() -> parse(HEADER + "values: []"))
                .isInstanceOf(ParameterFileException.class);
        assertThatThrownBy(() -> parse(HEADER + "values: [{valid_from: 2025-01-02, valid_to: 2025-01-01, value: 1}]"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> parse(HEADER + "values: [{valid_from: 2024-12-02, value: lots}]"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("number");
        assertThatThrownBy(() -> parse(HEADER + "extra: 1\nvalues: [{valid_from: 2024-12-02, value: 1}]"))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unknown key extra");
    }

    @Test
    void unreadTableKeysFailAtLoad() {
        assertThatThrownBy(() -> ParameterFileReader.parse("t.yaml", "t", new ByteArrayInputStream((HEADER + """
                values:
                  - valid_from: 2024-12-02
                    value: {cap: 1, capp: 2}
                """).getBytes(StandardCharsets.UTF_8)), v -> v.decimal("cap")))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("unknown key t.values[0].value.capp");
    }

    @Test
    void missingShippedFileFailsAtLoad() {
        var reader = new ParameterFileReader(getClass().getClassLoader(), "no-such-dir");
        assertThatThrownBy(() -> reader.read("kindergarten-per-child-monthly-rate", ParameterValue::decimal))
                .isInstanceOf(ParameterFileException.class).hasMessageContaining("missing parameter file");
    }

    @Test
    void aRateChangedMidYearIsAppliedMonthByMonth() {
        KindergartenParameters shipped = Shipped.PARAMETERS.kindergarten();
        Parameter<BigDecimal> rate = new Parameter<>("kindergarten-per-child-monthly-rate", "yuan",
                "京技管发〔2024〕30号", "第五条", List.of(
                new Parameter.Window<>(date("2024-12-02"), date("2025-06-30"), new BigDecimal("1800")),
                new Parameter.Window<>(date("2025-07-01"), null, new BigDecimal("2000"))));
        KindergartenParameters changed = new KindergartenParameters(rate, shipped.minimumAge(),
                shipped.ageReferenceDay(), shipped.countCalendar(), shipped.rentDailyRateCap(),
                shipped.firstLeaseMinimumTerm(), shipped.rentPaymentQuarter(), shipped.eligibilityLookback(),
                shipped.minimumEvaluationGrade(), shipped.publicNoticeMinimum(), shipped.violationPeriodWholeMonths());
        var d = new PerChildSubsidySettlement(changed).settle(2025, List.of(new PerChildSubsidySettlement.Child("a",
                date("2021-01-01"), date("2024-09-01"), false, null, false)));
        assertThat(d.entitlement()).isEqualByComparingTo("22800.00");   // 6 × 1800 + 6 × 2000
        assertThat(d.advances().get(2).amount()).isEqualByComparingTo("6000.00");
        assertThat(d.basis().get(0).parameters()).contains("kindergarten-per-child-monthly-rate@2024-12-02",
                "kindergarten-per-child-monthly-rate@2025-07-01");
    }
}
