package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Random;

import org.junit.jupiter.api.Test;
import cn.beijing.platform.medical.policy.ShippedParameters;

/** One million generated cases over 682 groups (seeded, reproducible): sanity of the result, and its time. */
class DrgWeightCalculationMillionCasesTest {

    private static final int CASES = 1_000_000;
    private static final int GROUPS = 682;

    @Test
    void computesWeightsForOneMillionCases() {
        Random random = new Random(20250101L);
        String[] codes = new String[GROUPS];
        double[] typicalCost = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            codes[g] = String.format("G%03d", g);
            typicalCost[g] = 3_000 + random.nextDouble() * 80_000;   // yuan
        }
        String[] groupOf = new String[CASES];
        long[] fen = new long[CASES];
        for (int i = 0; i < CASES; i++) {
            int g = random.nextInt(GROUPS);
            groupOf[i] = codes[g];
            double cost = typicalCost[g] * Math.exp(0.35 * random.nextGaussian());  // log-normal
            if (random.nextInt(100) == 0) {
                cost *= 8;                                                     // 1% extreme outliers
            }
            fen[i] = Math.round(cost * 100);
        }
        HistoricalCases cases = HistoricalCases.ofFen(groupOf, fen);
        DrgWeightCalculation rule = ShippedParameters.RULES.get(DrgWeightCalculation.class);

        rule.compute(cases, day("2025-01-01"));                                // warm-up
        long started = System.nanoTime();
        DrgWeightCalculationResult result = rule.compute(cases, day("2025-01-01"));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("DrgWeightCalculation: %,d cases, %d groups, %,d retained, %d ms%n",
                result.totalCases(), result.groups().size(), result.retainedCases(), elapsedMillis);

        assertThat(result.totalCases()).isEqualTo(CASES);
        assertThat(result.groups()).hasSize(GROUPS);
        assertThat(result.retainedCases()).isLessThan(CASES).isGreaterThan(CASES * 9 / 10);
        BigDecimal weightedSum = BigDecimal.ZERO;
        for (DrgGroupWeight w : result.groups()) {
            assertThat(w.relativeWeight()).isPositive();
            assertThat(w.relativeWeight().scale()).isEqualTo(4);
            assertThat(w.lowerFence()).isLessThanOrEqualTo(w.q1());
            assertThat(w.q1()).isLessThanOrEqualTo(w.q3());
            assertThat(w.q3()).isLessThanOrEqualTo(w.upperFence());
            assertThat(w.retainedCases()).isPositive().isLessThanOrEqualTo(w.cases());
            weightedSum = weightedSum.add(w.relativeWeight().multiply(BigDecimal.valueOf(w.retainedCases())));
        }
        // the case-weighted mean of the weights is 1 by construction (overall mean = mean of all retained cases);
        // only the 4-decimal rounding of each weight moves it, by at most 0.00005
        BigDecimal meanWeight = weightedSum.divide(BigDecimal.valueOf(result.retainedCases()), MathContext.DECIMAL64);
        assertThat(meanWeight).isBetween(new BigDecimal("0.99995"), new BigDecimal("1.00005"));
        // weights follow the generated typical costs: the ratio of weights ≈ ratio of typical costs
        assertThat(result.groups().get(0).relativeWeight().doubleValue() / result.groups().get(1).relativeWeight().doubleValue())
                .isCloseTo(typicalCost[0] / typicalCost[1], org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(elapsedMillis).as("one million cases in well under ten seconds").isLessThan(10_000);
    }
}
