package cn.beijing.platform.medical.policy.drg;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * [platform rule] details of "权重按照四分位法裁剪后计算": a group's cases outside
 * {@code [Q1 − lowerFenceMultiplier·IQR, Q3 + upperFenceMultiplier·IQR]} are trimmed (fences inclusive); weights are
 * rounded HALF_UP to {@code weightDecimals}.
 */
public record WeightTrimmingParameters(BigDecimal lowerFenceMultiplier, BigDecimal upperFenceMultiplier,
                                       QuartileMethod quartileMethod, int weightDecimals) {

    public WeightTrimmingParameters {
        Objects.requireNonNull(lowerFenceMultiplier, "lowerFenceMultiplier");
        Objects.requireNonNull(upperFenceMultiplier, "upperFenceMultiplier");
        Objects.requireNonNull(quartileMethod, "quartileMethod");
        if (lowerFenceMultiplier.signum() < 0 || upperFenceMultiplier.signum() < 0) {
            throw new IllegalArgumentException("fence multipliers are not negative");
        }
        if (weightDecimals < 0) {
            throw new IllegalArgumentException("weightDecimals is not negative");
        }
    }
}
