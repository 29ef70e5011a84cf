package cn.beijing.platform.medical.drg;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.drg.DrgGroupWeight;

/**
 * A stored weight computation (京医保发〔2024〕24号 二(一), quartile trimming per parameter {@code drg-weight-trimming}):
 * per group Q1, Q3, IQR, fences, retained cases, trimmed mean and relative weight (4 decimals).
 */
public record WeightComputation(UUID id, String source, String computedBy, OffsetDateTime computedAt,
                                String quartileMethod, BigDecimal lowerFenceMultiplier,
                                BigDecimal upperFenceMultiplier, int totalCases, int retainedCases,
                                BigDecimal overallTrimmedMean, List<DrgGroupWeight> groups, List<Basis> basis) {
}
