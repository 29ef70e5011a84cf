package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import static cn.beijing.platform.medical.policy.MedicalInsuranceDocuments.DRG_2_0;

import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.EffectiveDated;
import cn.beijing.platform.policy.InForce;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.Money;

/**
 * Relative weights of DRG groups from historical cases — 京医保发〔2024〕24号 二(一): "权重按照四分位法裁剪后计算".
 * [platform rule] the details (parameter {@code drg-weight-trimming}):
 * <ol>
 * <li>per group, Q1 and Q3 of the costs by {@link QuartileMethod#R7_LINEAR_INTERPOLATION} (R-7 / Excel QUARTILE.INC);
 * IQR = Q3 − Q1;</li>
 * <li>a case is retained when {@code Q1 − a·IQR <= cost <= Q3 + b·IQR} (fences inclusive; a, b default 1.5);</li>
 * <li>group trimmed mean = mean cost of its retained cases; overall trimmed mean = mean cost of all retained cases of
 * all groups (case-weighted);</li>
 * <li>relative weight = group trimmed mean ÷ overall trimmed mean, computed exactly and rounded once HALF_UP to
 * 4 decimals.</li>
 * </ol>
 * Performance: costs are {@code long} fen in one array, bucketed per group by a counting sort and sorted in place per
 * group ({@code Arrays.sort(long[], from, to)}); quartiles are exact integers in quarter-fen (R-7 with p = 1/4, 3/4
 * only ever interpolates by 0, 1/4, 1/2 or 3/4), so no floating point is involved. O(n log n) time, O(n) memory.
 */
@Rule(id = "drg-weights", document = DRG_2_0, article = "二(一)", parameters = "drg-weight-trimming")
public final class DrgWeightCalculation implements Decides<DrgWeightCalculation.Costs, DrgWeightCalculationResult> {

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private final EffectiveDated<WeightTrimmingParameters> trimming;

    /** Historical case costs by group code (yuan). */
    public record Costs(Map<String, List<BigDecimal>> costsByGroup) {
    }

    public DrgWeightCalculation(ParameterSet parameters) {
        trimming = parameters.get("drg-weight-trimming", WeightTrimmingParameters.class);
    }

    @Override
    public DrgWeightCalculationResult decide(Costs costs, LocalDate decisionDate) {
        Inputs.required("input", costs);
        HistoricalCases.Builder cases = HistoricalCases.builder();
        Inputs.required("costsByGroup", costs.costsByGroup()).forEach((group, list) -> list
                .forEach(cost -> cases.add(group, cost)));
        return compute(cases.build(), decisionDate);
    }

    public DrgWeightCalculationResult compute(HistoricalCases cases, LocalDate decisionDate) {
        Inputs.required("cases", cases);
        InForce<WeightTrimmingParameters> version = trimming.on(decisionDate, "decisionDate");
        WeightTrimmingParameters p = version.value();
        int n = cases.size();
        if (n == 0) {
            throw new PolicyInputException("cases", "no historical cases");
        }

        // 1. group index per case, and case counts per group
        Map<String, Integer> index = new HashMap<>();
        List<String> codes = new ArrayList<>();
        int[] groupOf = new int[n];
        int[] counts = new int[16];
        for (int i = 0; i < n; i++) {
            String code = cases.groupCode(i);
            Integer g = index.get(code);
            if (g == null) {
                g = codes.size();
                index.put(code, g);
                codes.add(code);
                if (g == counts.length) {
                    counts = Arrays.copyOf(counts, g * 2);
                }
            }
            groupOf[i] = g;
            counts[g]++;
        }
        int groups = codes.size();

        // 2. counting sort into one array, then sort each group's slice
        int[] start = new int[groups + 1];
        for (int g = 0; g < groups; g++) {
            start[g + 1] = start[g] + counts[g];
        }
        int[] next = Arrays.copyOf(start, groups);
        long[] sorted = new long[n];
        for (int i = 0; i < n; i++) {
            sorted[next[groupOf[i]]++] = cases.costFen(i);
        }

        // 3. quartiles, fences, retained sums per group
        long[] q1Quarter = new long[groups];
        long[] q3Quarter = new long[groups];
        BigDecimal[] lowerFenceFen = new BigDecimal[groups];
        BigDecimal[] upperFenceFen = new BigDecimal[groups];
        long[] retainedSum = new long[groups];
        int[] retainedCount = new int[groups];
        long totalSum = 0;
        long totalRetained = 0;
        for (int g = 0; g < groups; g++) {
            int from = start[g];
            int to = start[g + 1];
            Arrays.sort(sorted, from, to);
            int size = to - from;
            q1Quarter[g] = quartileTimesFour(sorted, from, size, 1);
            q3Quarter[g] = quartileTimesFour(sorted, from, size, 3);
            BigDecimal iqrQuarter = BigDecimal.valueOf(q3Quarter[g] - q1Quarter[g]);
            lowerFenceFen[g] = BigDecimal.valueOf(q1Quarter[g]).subtract(p.lowerFenceMultiplier().multiply(iqrQuarter))
                    .divide(FOUR);
            upperFenceFen[g] = BigDecimal.valueOf(q3Quarter[g]).add(p.upperFenceMultiplier().multiply(iqrQuarter))
                    .divide(FOUR);
            // costs are whole fen: cost >= lower ⇔ cost >= ceil(lower); cost <= upper ⇔ cost <= floor(upper)
            long low = lowerFenceFen[g].setScale(0, RoundingMode.CEILING).longValue();
            long high = upperFenceFen[g].setScale(0, RoundingMode.FLOOR).longValue();
            long sum = 0;
            int count = 0;
            for (int i = from; i < to; i++) {
                long cost = sorted[i];
                if (cost >= low && cost <= high) {
                    sum += cost;
                    count++;
                }
            }
            if (count == 0) {
                throw new PolicyInputException("cases", "group " + codes.get(g) + " has no case inside its fences");
            }
            retainedSum[g] = sum;
            retainedCount[g] = count;
            totalSum += sum;
            totalRetained += count;
        }
        if (totalSum == 0) {
            throw new PolicyInputException("cases", "the retained cases cost nothing: no weight can be computed");
        }

        // 4. weights = (sum_g / count_g) / (totalSum / totalRetained), exact, rounded once
        String parameters = version.version();
        List<Basis> basis = List.of(Basis.of(DRG_2_0, "二(一)").withParameters(parameters));
        BigDecimal total = BigDecimal.valueOf(totalSum);
        BigDecimal retained = BigDecimal.valueOf(totalRetained);
        List<Integer> order = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            order.add(g);
        }
        order.sort((x, y) -> codes.get(x).compareTo(codes.get(y)));
        List<DrgGroupWeight> weights = new ArrayList<>(groups);
        for (int g : order) {
            BigDecimal weight = BigDecimal.valueOf(retainedSum[g]).multiply(retained)
                    .divide(BigDecimal.valueOf(retainedCount[g]).multiply(total), p.weightDecimals(), RoundingMode.HALF_UP);
            weights.add(new DrgGroupWeight(codes.get(g), start[g + 1] - start[g],
                    quarterFenToYuan(q1Quarter[g]), quarterFenToYuan(q3Quarter[g]),
                    quarterFenToYuan(q3Quarter[g] - q1Quarter[g]),
                    lowerFenceFen[g].movePointLeft(2), upperFenceFen[g].movePointLeft(2),
                    retainedCount[g], meanYuan(retainedSum[g], retainedCount[g]), weight, basis));
        }
        return new DrgWeightCalculationResult(p.quartileMethod().description(), p.lowerFenceMultiplier(),
                p.upperFenceMultiplier(), n, Math.toIntExact(totalRetained), meanYuan(totalSum, totalRetained),
                weights, basis);
    }

    /**
     * R-7 quartile k/4 (k = 1 or 3) of {@code x[from .. from+n-1]} (sorted), times 4: with {@code h = (n−1)·k/4},
     * {@code 4·Q = 4·x[⌊h⌋] + r·(x[⌊h⌋+1] − x[⌊h⌋])} where {@code r = ((n−1)·k) mod 4} — an exact integer.
     */
    static long quartileTimesFour(long[] x, int from, int n, int k) {
        long hTimesFour = (long) (n - 1) * k;
        int lo = (int) (hTimesFour / 4);
        int r = (int) (hTimesFour % 4);
        long base = x[from + lo];
        if (r == 0) {
            return 4 * base;
        }
        return 4 * base + r * (x[from + lo + 1] - base);
    }

    private static BigDecimal quarterFenToYuan(long quarterFen) {
        return BigDecimal.valueOf(quarterFen).divide(FOUR).movePointLeft(2);
    }

    private static BigDecimal meanYuan(long sumFen, long count) {
        return BigDecimal.valueOf(sumFen).movePointLeft(2).divide(BigDecimal.valueOf(count), Money.SCALE, Money.ROUNDING);
    }
}
