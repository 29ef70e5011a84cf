package cn.beijing.platform.energy.policy.rating;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.ParameterNotInForceException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity.CarrierLine;
import cn.beijing.platform.energy.policy.rating.ComprehensiveIntensity.ExcludedLoad;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class ComprehensiveIntensityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);
    private final ComprehensiveIntensity intensity = ShippedPolicies.POLICIES.get(ComprehensiveIntensity.class);

    private static MeterReading reading(EnergyCarrier carrier, String quantity) {
        return new MeterReading(carrier, new BigDecimal(quantity));
    }

    private static ExcludedLoad excluded(ExcludedLoadCategory category, EnergyCarrier carrier, String quantity) {
        return new ExcludedLoad(category, carrier, new BigDecimal(quantity));
    }

    @Test
    void convertsEveryCountedCarrierWithTheShippedFactors() {
        ComprehensiveIntensity.Decision d = intensity.decide(new ComprehensiveIntensity.Input(new BigDecimal("10000"),
                List.of(reading(EnergyCarrier.ELECTRICITY, "1000000"), reading(EnergyCarrier.NATURAL_GAS, "10000"),
                        reading(EnergyCarrier.HEAT, "1000"), reading(EnergyCarrier.COAL, "1"),
                        reading(EnergyCarrier.LPG, "100"), reading(EnergyCarrier.RENEWABLE, "50000"),
                        reading(EnergyCarrier.WATER, "20000")),
                List.of()), DAY);
        // 122900 + 12143 + 34120 + 714.3 + 171.43 = 170048.73 kgce
        assertThat(d.totalKgce()).isEqualByComparingTo("170048.73");
        assertThat(d.intensity()).isEqualByComparingTo("17.00");
        assertThat(d.intensity().scale()).isEqualTo(2);
        CarrierLine water = d.lines().stream().filter(l -> l.carrier() == EnergyCarrier.WATER).findFirst().orElseThrow();
        assertThat(water.countedInIntensity()).isFalse();
        assertThat(water.kgce()).isNull();
        assertThat(water.net()).isEqualByComparingTo("20000");
        assertThat(water.unit()).isEqualTo("m³");
        CarrierLine renewable = d.lines().stream().filter(l -> l.carrier() == EnergyCarrier.RENEWABLE).findFirst()
                .orElseThrow();
        assertThat(renewable.countedInIntensity()).isFalse();
        assertThat(d.basis()).contains(Basis.of("京建法〔2024〕12号", "第四条")
                .withParameters("energy-conversion-factors@2025-02-01,intensity-decimal-places@2025-02-01"));
    }

    @Test
    void excludedLoadsOfEveryCategoryAreSubtractedPerCarrier() {
        ComprehensiveIntensity.Decision d = intensity.decide(new ComprehensiveIntensity.Input(new BigDecimal("1000"),
                List.of(reading(EnergyCarrier.ELECTRICITY, "100000"), reading(EnergyCarrier.HEAT, "100")),
                List.of(excluded(ExcludedLoadCategory.DATA_CENTER, EnergyCarrier.ELECTRICITY, "20000"),
                        excluded(ExcludedLoadCategory.MEDICAL_EQUIPMENT, EnergyCarrier.ELECTRICITY, "10000"),
                        excluded(ExcludedLoadCategory.LAB_EQUIPMENT, EnergyCarrier.ELECTRICITY, "5000"),
                        excluded(ExcludedLoadCategory.EV_CHARGING, EnergyCarrier.ELECTRICITY, "5000"),
                        excluded(ExcludedLoadCategory.LAB_EQUIPMENT, EnergyCarrier.HEAT, "100"))), DAY);
        CarrierLine electricity = d.lines().get(0);
        assertThat(electricity.excluded()).isEqualByComparingTo("40000");
        assertThat(electricity.net()).isEqualByComparingTo("60000");
        assertThat(d.lines().get(1).net()).isEqualByComparingTo("0");
        // 60000 × 0.1229 = 7374 kgce / 1000 m²
        assertThat(d.intensity()).isEqualByComparingTo("7.37");
    }

    @Test
    void excludedExactlyEqualToConsumptionIsAccepted() {
        ComprehensiveIntensity.Decision d = intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.ELECTRICITY, "100")),
                List.of(excluded(ExcludedLoadCategory.DATA_CENTER, EnergyCarrier.ELECTRICITY, "100"))), DAY);
        assertThat(d.intensity()).isEqualByComparingTo("0.00");
    }

    @Test
    void rejectsExcludedAboveConsumptionNamingTheField() {
        assertRefusedNaming("excludedLoads[1].quantity", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.ELECTRICITY, "100")),
                List.of(excluded(ExcludedLoadCategory.DATA_CENTER, EnergyCarrier.ELECTRICITY, "60"),
                        excluded(ExcludedLoadCategory.EV_CHARGING, EnergyCarrier.ELECTRICITY, "40.01"))), DAY));
    }

    @Test
    void rejectsExclusionOfACarrierNotConsumed() {
        assertRefusedNaming("excludedLoads[0].quantity", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.ELECTRICITY, "100")),
                List.of(excluded(ExcludedLoadCategory.DATA_CENTER, EnergyCarrier.NATURAL_GAS, "1"))), DAY));
    }

    @Test
    void rejectsExclusionOfWater() {
        assertRefusedNaming("excludedLoads[0].carrier", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.WATER, "100")),
                List.of(excluded(ExcludedLoadCategory.MEDICAL_EQUIPMENT, EnergyCarrier.WATER, "1"))), DAY));
    }

    @Test
    void rejectsDuplicatesAndNegatives() {
        assertRefusedNaming("consumption[1].carrier", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.ELECTRICITY, "1"), reading(EnergyCarrier.ELECTRICITY, "2")),
                List.of()), DAY));
        assertRefusedNaming("consumption[0].quantity", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.HEAT, "-1")), List.of()), DAY));
        assertRefusedNaming("excludedLoads[1].category", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.HEAT, "10")),
                List.of(excluded(ExcludedLoadCategory.LAB_EQUIPMENT, EnergyCarrier.HEAT, "1"),
                        excluded(ExcludedLoadCategory.LAB_EQUIPMENT, EnergyCarrier.HEAT, "1"))), DAY));
        assertRefusedNaming("excludedLoads[0].quantity", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN,
                List.of(reading(EnergyCarrier.HEAT, "10")),
                List.of(excluded(ExcludedLoadCategory.LAB_EQUIPMENT, EnergyCarrier.HEAT, "-1"))), DAY));
    }

    @Test
    void rejectsNonPositiveArea() {
        assertRefusedNaming("floorArea", () -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.ZERO, List.of(),
                List.of()), DAY));
    }

    @Test
    void roundsHalfUpOnlyAtTheEnd() {
        // 1 kWh × 0.1229 / 2 m² = 0.06145 → 0.06 (two decimals, HALF_UP on the unrounded quotient)
        ComprehensiveIntensity.Decision d = intensity.decide(new ComprehensiveIntensity.Input(new BigDecimal("2"),
                List.of(reading(EnergyCarrier.ELECTRICITY, "1")), List.of()), DAY);
        assertThat(d.intensity()).isEqualByComparingTo("0.06");
        // 5 kWh × 0.1229 / 1.2290 m² = 0.5 → 0.50
        d = intensity.decide(new ComprehensiveIntensity.Input(new BigDecimal("1.229"),
                List.of(reading(EnergyCarrier.ELECTRICITY, "5")), List.of()), DAY);
        assertThat(d.intensity()).isEqualByComparingTo("0.50");
        // 1 kWh x 0.1229 / 0.0492 = 2.49796 → 2.50
        d = intensity.decide(new ComprehensiveIntensity.Input(new BigDecimal("0.0492"),
                List.of(reading(EnergyCarrier.ELECTRICITY, "1")), List.of()), DAY);
        assertThat(d.intensity()).isEqualByComparingTo("2.50");
    }

    @Test
    void notInForceBeforeFebruary2025() {
        assertThatThrownBy(() -> intensity.decide(new ComprehensiveIntensity.Input(BigDecimal.TEN, List.of(),
                List.of()), LocalDate.of(2025, 1, 31)))
                .isInstanceOf(ParameterNotInForceException.class);
    }
}
