package cn.beijing.platform.medical.policy.drg;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Historical inpatient cases for the weight computation, held in primitive arrays: the group code of case {@code i}
 * and its cost in fen (分, 0.01 yuan) as a {@code long}, so one million cases cost two arrays, not a million objects.
 */
public final class HistoricalCases {

    private final String[] groupCodes;
    private final long[] costFen;

    private HistoricalCases(String[] groupCodes, long[] costFen) {
        this.groupCodes = groupCodes;
        this.costFen = costFen;
    }

    /** Takes the arrays as they are (no copy); each cost in fen, not negative. */
    public static HistoricalCases ofFen(String[] groupCodes, long[] costFen) {
        Inputs.required("groupCodes", groupCodes);
        Inputs.required("costs", costFen);
        if (groupCodes.length != costFen.length) {
            throw new PolicyInputException("costs", groupCodes.length + " group codes but " + costFen.length + " costs");
        }
        for (int i = 0; i < costFen.length; i++) {
            if (groupCodes[i] == null || groupCodes[i].isBlank()) {
                throw new PolicyInputException("groupCodes", "case " + i + " has no group code");
            }
            if (costFen[i] < 0) {
                throw new PolicyInputException("costs", "case " + i + " has a negative cost");
            }
        }
        return new HistoricalCases(groupCodes, costFen);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int size() {
        return costFen.length;
    }

    String groupCode(int i) {
        return groupCodes[i];
    }

    long costFen(int i) {
        return costFen[i];
    }

    /** Adds cases one by one with costs in yuan (at most 2 decimals). */
    public static final class Builder {

        private String[] groupCodes = new String[16];
        private long[] costFen = new long[16];
        private int size;

        public Builder add(String groupCode, BigDecimal costYuan) {
            String code = Inputs.code("groupCode", groupCode);
            Inputs.nonNegative("cost", costYuan);
            if (costYuan.stripTrailingZeros().scale() > 2) {
                throw new PolicyInputException("cost", "a cost has at most 2 decimals (was " + costYuan.toPlainString() + ")");
            }
            return addFen(code, costYuan.movePointRight(2).longValueExact());
        }

        public Builder addFen(String groupCode, long fen) {
            if (size == costFen.length) {
                groupCodes = Arrays.copyOf(groupCodes, size * 2);
                costFen = Arrays.copyOf(costFen, size * 2);
            }
            groupCodes[size] = groupCode;
            costFen[size] = fen;
            size++;
            return this;
        }

        public HistoricalCases build() {
            return ofFen(Arrays.copyOf(groupCodes, size), Arrays.copyOf(costFen, size));
        }
    }
}
