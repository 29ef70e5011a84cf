package cn.beijing.platform.medical.policy.drg;

import static cn.beijing.platform.medical.policy.ShippedParameters.d;
import static cn.beijing.platform.medical.policy.ShippedParameters.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.EffectiveDated;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.ShippedParameters;

/**
 * Hand-worked data set. Quartiles by R-7 (Excel QUARTILE.INC): sorted x[0..n-1], h = (n-1)p,
 * Q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]). Fences a = b = 1.5 (shipped defaults), inclusive.
 * <pre>
 * Group A: 100 102 104 106 108 110 112 114 500            n = 9
 *   Q1: h = 8 x 0.25 = 2   -> x[2] = 104
 *   Q3: h = 8 x 0.75 = 6   -> x[6] = 112
 *   IQR = 8; fences [104 - 12, 112 + 12] = [92, 124]      -> 500 trimmed, 8 retained
 *   trimmed mean = (100+102+104+106+108+110+112+114) / 8 = 856 / 8 = 107
 * Group B: 180 200 220 240 260 400                        n = 6
 *   Q1: h = 5 x 0.25 = 1.25 -> 200 + 0.25 x (220 - 200) = 205
 *   Q3: h = 5 x 0.75 = 3.75 -> 240 + 0.75 x (260 - 240) = 255
 *   IQR = 50; fences [205 - 75, 255 + 75] = [130, 330]    -> 400 trimmed, 5 retained
 *   trimmed mean = (180+200+220+240+260) / 5 = 1100 / 5 = 220
 * Group C: 10 300 310 320 330                             n = 5
 *   Q1: h = 1 -> 300;  Q3: h = 3 -> 320
 *   IQR = 20; fences [300 - 30, 320 + 30] = [270, 350]    -> 10 trimmed (low outlier), 4 retained
 *   trimmed mean = (300+310+320+330) / 4 = 1260 / 4 = 315
 * Overall trimmed mean = (856 + 1100 + 1260) / (8 + 5 + 4) = 3216 / 17 = 189.17647… -> shown 189.18
 * Weights (exact, then HALF_UP 4 decimals):
 *   A = 107 / (3216/17) = 1819/3216 = 0.565609… -> 0.5656
 *   B = 220 / (3216/17) = 3740/3216 = 1.162935… -> 1.1629
 *   C = 315 / (3216/17) = 5355/3216 = 1.665111… -> 1.6651
 * </pre>
 */
class DrgWeightCalculationTest {

    private final DrgWeightCalculation rule = ShippedParameters.RULES.get(DrgWeightCalculation.class);

    static HistoricalCases handWorked() {
        HistoricalCases.Builder b = HistoricalCases.builder();
        // interleaved on purpose: the calculation must not rely on input order
        String[][] cases = {
                {"B", "400"}, {"A", "100"}, {"C", "10"}, {"A", "500"}, {"B", "180"}, {"A", "102"}, {"C", "330"},
                {"A", "104"}, {"B", "260"}, {"A", "106"}, {"C", "300"}, {"A", "108"}, {"B", "200"}, {"A", "110"},
                {"C", "320"}, {"A", "112"}, {"B", "240"}, {"A", "114"}, {"C", "310"}, {"B", "220"}};
        for (String[] c : cases) {
            b.add(c[0], d(c[1]));
        }
        return b.build();
    }

    @Test
    void computesTheHandWorkedQuartilesFencesMeansAndWeights() {
        DrgWeightCalculationResult result = rule.compute(handWorked(), day("2025-01-01"));
        assertThat(result.quartileMethod()).contains("R-7").contains("QUARTILE.INC");
        assertThat(result.lowerFenceMultiplier()).isEqualByComparingTo("1.5");
        assertThat(result.upperFenceMultiplier()).isEqualByComparingTo("1.5");
        assertThat(result.totalCases()).isEqualTo(20);
        assertThat(result.retainedCases()).isEqualTo(17);
        assertThat(result.overallTrimmedMean()).isEqualByComparingTo("189.18");
        assertThat(result.groups()).extracting(DrgGroupWeight::groupCode).containsExactly("A", "B", "C");
        Map<String, DrgGroupWeight> g = result.groups().stream()
                .collect(Collectors.toMap(DrgGroupWeight::groupCode, w -> w));

        assertGroup(g.get("A"), 9, "104", "112", "8", "92", "124", 8, "107.00", "0.5656");
        assertGroup(g.get("B"), 6, "205", "255", "50", "130", "330", 5, "220.00", "1.1629");
        assertGroup(g.get("C"), 5, "300", "320", "20", "270", "350", 4, "315.00", "1.6651");
        assertThat(g.get("A").relativeWeight().scale()).isEqualTo(4);
        assertThat(result.basis()).containsExactly(Basis.of("京医保发〔2024〕24号", "二(一)")
                .withParameters("drg-weight-trimming@2025-01-01"));
    }

    private static void assertGroup(DrgGroupWeight w, int cases, String q1, String q3, String iqr, String lower,
                                    String upper, int retained, String mean, String weight) {
        assertThat(w.cases()).isEqualTo(cases);
        assertThat(w.q1()).isEqualByComparingTo(q1);
        assertThat(w.q3()).isEqualByComparingTo(q3);
        assertThat(w.iqr()).isEqualByComparingTo(iqr);
        assertThat(w.lowerFence()).isEqualByComparingTo(lower);
        assertThat(w.upperFence()).isEqualByComparingTo(upper);
        assertThat(w.retainedCases()).isEqualTo(retained);
        assertThat(w.trimmedMean()).isEqualByComparingTo(mean);
        assertThat(w.relativeWeight()).isEqualByComparingTo(weight);
        assertThat(w.basis()).isNotEmpty();
    }

    /**
     * Fence multipliers are parameters. Group D: 75 90 100 110 120 (Q1 = 90, Q3 = 110, IQR = 20);
     * group E: 200 200 200 200 (IQR = 0, all retained, mean 200).
     * <pre>
     * a = 1.5: D fences [60, 140], all 5 retained, mean 495/5 = 99; overall (495+800)/9 = 143.888…
     *          D = 891/1295 = 0.68803… -> 0.6880; E = 1800/1295 = 1.38996… -> 1.3900
     * a = 0.5: D fences [80, 140], 75 trimmed, mean 420/4 = 105; overall (420+800)/8 = 152.5
     *          D = 105/152.5 = 0.68852… -> 0.6885; E = 200/152.5 = 1.31147… -> 1.3115
     * </pre>
     */
    @Test
    void theLowerFenceMultiplierIsAParameter() {
        HistoricalCases cases = HistoricalCases.builder()
                .add("D", d("75")).add("D", d("90")).add("D", d("100")).add("D", d("110")).add("D", d("120"))
                .add("E", d("200")).add("E", d("200")).add("E", d("200")).add("E", d("200")).build();

        DrgWeightCalculationResult tukey = rule.compute(cases, day("2025-01-01"));
        assertThat(tukey.groups()).extracting(w -> w.relativeWeight().toPlainString()).containsExactly("0.6880", "1.3900");
        assertThat(tukey.groups().get(0).retainedCases()).isEqualTo(5);

        DrgWeightCalculationResult narrow = withFences("0.5", "1.5").compute(cases, day("2025-01-01"));
        assertThat(narrow.groups().get(0).lowerFence()).isEqualByComparingTo("80");
        assertThat(narrow.groups().get(0).retainedCases()).isEqualTo(4);
        assertThat(narrow.groups()).extracting(w -> w.relativeWeight().toPlainString()).containsExactly("0.6885", "1.3115");
    }

    /** Group B of the hand-worked set with a = 0.5: lower fence 205 - 25 = 180 = its smallest cost, which stays. */
    @Test
    void aCostExactlyOnAFenceIsRetained() {
        HistoricalCases b = HistoricalCases.builder()
                .add("B", d("180")).add("B", d("200")).add("B", d("220")).add("B", d("240")).add("B", d("260"))
                .add("B", d("400")).build();
        DrgGroupWeight w = withFences("0.5", "1.5").compute(b, day("2025-01-01")).groups().get(0);
        assertThat(w.lowerFence()).isEqualByComparingTo("180");
        assertThat(w.retainedCases()).isEqualTo(5);
        // upper fence: 20 20 30 40 70 -> Q1 20, Q3 40, IQR 20, upper fence 70 = the largest cost, retained
        HistoricalCases up = HistoricalCases.builder().add("U", d("20")).add("U", d("20")).add("U", d("30"))
                .add("U", d("40")).add("U", d("70")).build();
        DrgGroupWeight u = rule.compute(up, day("2025-01-01")).groups().get(0);
        assertThat(u.upperFence()).isEqualByComparingTo("70");
        assertThat(u.retainedCases()).isEqualTo(5);
        // one fen above the fence is trimmed
        HistoricalCases above = HistoricalCases.builder().add("U", d("20")).add("U", d("20")).add("U", d("30"))
                .add("U", d("40")).add("U", d("70.01")).build();
        DrgGroupWeight a = rule.compute(above, day("2025-01-01")).groups().get(0);
        assertThat(a.upperFence()).isEqualByComparingTo("70"); // quartiles unchanged: Q1 = 20, Q3 = 40
        assertThat(a.retainedCases()).isEqualTo(4);
    }

    /** R-7 against Excel QUARTILE.INC values for n = 1..5 (every interpolation fraction 0, 1/4, 1/2, 3/4). */
    @Test
    void quartilesMatchExcelQuartileInc() {
        long[] x = {10, 20, 30, 40, 50};
        // n=1: Q1=Q3=10; n=2: 12.5, 17.5; n=3: 15, 25; n=4: 17.5, 32.5; n=5: 20, 40
        String[][] expected = {{"10", "10"}, {"12.5", "17.5"}, {"15", "25"}, {"17.5", "32.5"}, {"20", "40"}};
        for (int n = 1; n <= 5; n++) {
            assertThat(BigDecimal.valueOf(DrgWeightCalculation.quartileTimesFour(x, 0, n, 1)).divide(BigDecimal.valueOf(4)))
                    .as("Q1 of first %d", n).isEqualByComparingTo(expected[n - 1][0]);
            assertThat(BigDecimal.valueOf(DrgWeightCalculation.quartileTimesFour(x, 0, n, 3)).divide(BigDecimal.valueOf(4)))
                    .as("Q3 of first %d", n).isEqualByComparingTo(expected[n - 1][1]);
        }
    }

    @Test
    void aSingleCaseGroupWeighsItsCostAgainstTheOverallMean() {
        DrgWeightCalculationResult result = rule.compute(HistoricalCases.builder().add("S", d("50")).add("T", d("150"))
                .build(), day("2025-01-01"));
        assertThat(result.groups()).extracting(w -> w.relativeWeight().toPlainString()).containsExactly("0.5000", "1.5000");
    }

    @Test
    void rejectsBadInput() {
        assertThatThrownBy(() -> rule.compute(HistoricalCases.builder().build(), day("2025-01-01")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("cases"));
        assertThatThrownBy(() -> HistoricalCases.builder().add("A", d("-1")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("cost"));
        assertThatThrownBy(() -> HistoricalCases.builder().add("A", d("1.001")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("cost"));
        assertThatThrownBy(() -> HistoricalCases.builder().add(" ", d("1")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("groupCode"));
        assertThatThrownBy(() -> HistoricalCases.ofFen(new String[] {"A"}, new long[] {1, 2}))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("costs"));
        assertThatThrownBy(() -> rule.compute(HistoricalCases.builder().add("A", d("0")).build(), day("2025-01-01")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("cases"));
        assertThatThrownBy(() -> rule.compute(handWorked(), day("2024-12-31")))
                .isInstanceOfSatisfying(PolicyInputException.class, e -> assertThat(e.field()).isEqualTo("decisionDate"));
    }

    static DrgWeightCalculation withFences(String lower, String upper) {
        return new DrgWeightCalculation(ShippedParameters.PARAMETERS.with("drg-weight-trimming",
                EffectiveDated.single("drg-weight-trimming-test", day("2025-01-01"),
                        new WeightTrimmingParameters(d(lower), d(upper), QuartileMethod.R7_LINEAR_INTERPOLATION, 4))));
    }
}
