package cn.beijing.platform.energy.policy.statistics;

import static cn.beijing.platform.energy.policy.PolicyRefusals.assertRefusedNaming;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import cn.beijing.platform.energy.policy.EnergyCarrier;
import cn.beijing.platform.energy.policy.MeterReading;
import cn.beijing.platform.energy.policy.ShippedPolicies;

class SurveyDataCompletenessTest {

    private final SurveyDataCompleteness completeness = ShippedPolicies.POLICIES.get(SurveyDataCompleteness.class);

    @Test
    void completeWhenEveryCarrierIsReportedEvenAsZero() {
        List<MeterReading> all = Arrays.stream(EnergyCarrier.values())
                .map(c -> new MeterReading(c, BigDecimal.ZERO)).toList();
        SurveyDataCompleteness.Decision d = completeness.check(new SurveyDataCompleteness.Submission("S1", all));
        assertThat(d.complete()).isTrue();
        assertThat(d.missingCarriers()).isEmpty();
    }

    @Test
    void listsMissingCarriers() {
        SurveyDataCompleteness.Decision d = completeness.check(new SurveyDataCompleteness.Submission("S1", List.of(
                new MeterReading(EnergyCarrier.ELECTRICITY, BigDecimal.TEN),
                new MeterReading(EnergyCarrier.WATER, BigDecimal.ONE))));
        assertThat(d.complete()).isFalse();
        assertThat(d.missingCarriers()).containsExactly(EnergyCarrier.NATURAL_GAS, EnergyCarrier.HEAT,
                EnergyCarrier.COAL, EnergyCarrier.LPG, EnergyCarrier.RENEWABLE);
    }

    @Test
    void nothingReportedMeansEverythingMissing() {
        assertThat(completeness.check(new SurveyDataCompleteness.Submission("S1", List.of())).missingCarriers())
                .containsExactly(EnergyCarrier.values());
    }

    @Test
    void rejectsDuplicatesNegativesAndMissingId() {
        assertRefusedNaming("reported[1].carrier", () -> completeness.check(new SurveyDataCompleteness.Submission("S1", List.of(
                new MeterReading(EnergyCarrier.HEAT, BigDecimal.ONE),
                new MeterReading(EnergyCarrier.HEAT, BigDecimal.ONE)))));
        assertRefusedNaming("reported[0].quantity", () -> completeness.check(new SurveyDataCompleteness.Submission("S1", List.of(
                new MeterReading(EnergyCarrier.HEAT, new BigDecimal("-1"))))));
        assertRefusedNaming("sampleId", () -> completeness.check(new SurveyDataCompleteness.Submission(null, List.of())));
    }
}
