package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.beijing.platform.medical.policy.ShippedParameters;
import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.policy.EffectiveDated;

/** Adopted weight sets as versions of the group table, and settlement with the version of the discharge day. */
class DrgGroupTableVersionsTest {

    private static final UUID MARCH = UUID.fromString("00000000-0000-0000-0000-000000000003");
    private static final UUID JUNE = UUID.fromString("00000000-0000-0000-0000-000000000006");

    private final DrgSettlement settlement = ShippedParameters.RULES.get(DrgSettlement.class);
    private final DrgWeightAdoption adoption = ShippedParameters.RULES.get(DrgWeightAdoption.class);
    private final DesignatedHospitals hospitals = DrgReferenceDataCsv.sampleDesignatedHospitals();
    /** SAMPLE-D01 1.0, SAMPLE-D02 2.5; 0.9 for D01 from 2026-03-03; 1.1 for D01 and 2.0 for D02 from 2026-06-01. */
    private final DrgGroupTableVersions versions = new DrgGroupTableVersions(DrgReferenceDataCsv.sampleGroupTable(),
            List.of(new DrgGroupTableVersions.AdoptedVersion(JUNE, day("2026-06-01"),
                            Map.of("SAMPLE-D01", d("1.1"), "SAMPLE-D02", d("2.0"), "SAMPLE-K01", d("9"))),
                    new DrgGroupTableVersions.AdoptedVersion(MARCH, day("2026-03-03"), Map.of("SAMPLE-D01", d("0.9")))));

    @ParameterizedTest(name = "on {0}: D01 {1} ({2}), D02 {3}")
    @CsvSource({
            "2026-03-02, 1.0000, imported, 2.5000",
            "2026-03-03, 0.9, drg-weight-adoption/00000000-0000-0000-0000-000000000003@2026-03-03, 2.5000",
            "2026-05-31, 0.9, drg-weight-adoption/00000000-0000-0000-0000-000000000003@2026-03-03, 2.5000",
            "2026-06-01, 1.1, drg-weight-adoption/00000000-0000-0000-0000-000000000006@2026-06-01, 2.0"})
    void theTableOnADayCarriesTheWeightsOfTheVersionsStartedByThen(String on, String d01, String version,
                                                                  String d02) {
        DrgGroupTable table = versions.on(day(on));
        assertThat(table.group("SAMPLE-D01").orElseThrow().weight()).isEqualByComparingTo(d01);
        assertThat(table.group("SAMPLE-D02").orElseThrow().weight()).isEqualByComparingTo(d02);
        assertThat(table.weightVersion("SAMPLE-D01").orElse("imported")).isEqualTo(version);
        // a kept consumables-procurement group keeps its previous standard, whatever a set says (二(一))
        DrgGroup kept = table.group("SAMPLE-K01").orElseThrow();
        assertThat(kept.keptConsumablesProcurementGroup()).isTrue();
        assertThat(kept.previousStandard()).isEqualByComparingTo("30000");
        assertThat(table.weightVersion("SAMPLE-K01")).isEmpty();
    }

    @Test
    void aCaseDischargedOnTheFirstDayIsPricedWithTheAdoptedWeightAndCitesItsVersion() {
        DrgCaseSettlementDecision before = settle("2026-03-02");
        assertThat(before.standard()).isEqualByComparingTo("20425.00");
        assertThat(before.basis()).noneMatch(b -> b.parameters() != null
                && b.parameters().startsWith("drg-weight-adoption/"));
        DrgCaseSettlementDecision after = settle("2026-03-03");
        assertThat(after.standard()).isEqualByComparingTo("18382.50");          // 0.9 × 20425
        assertThat(after.basis()).contains(Basis.of("京医保发〔2024〕24号", "二(一)")
                .withParameters("drg-weight-adoption/" + MARCH + "@2026-03-03"));
    }

    @Test
    void theDischargeDayPicksTheVersionUnlessTheParameterSaysTheSettlementDay() {
        assertThat(adoption.versionDay(day("2026-03-02"), day("2026-03-20"))).isEqualTo(day("2026-03-02"));
        DrgWeightAdoption bySettlementDay = new DrgWeightAdoption(ShippedParameters.PARAMETERS
                .with("drg-group-table-version-by-discharge-date",
                        EffectiveDated.single("drg-group-table-version-by-discharge-date", LocalDate.of(2025, 1, 1),
                                false)));
        assertThat(bySettlementDay.versionDay(day("2026-03-02"), day("2026-03-20"))).isEqualTo(day("2026-03-20"));
    }

    private DrgCaseSettlementDecision settle(String discharge) {
        LocalDate day = adoption.versionDay(day(discharge), day("2026-03-20"));
        return settlement.settle(new DrgCaseInput("SAMPLE-D01", "SAMPLE-H001", HospitalLevel.TERTIARY, false,
                Insurance.EMPLOYEE, d("30000"), day(discharge), false), versions.on(day), hospitals);
    }
}
