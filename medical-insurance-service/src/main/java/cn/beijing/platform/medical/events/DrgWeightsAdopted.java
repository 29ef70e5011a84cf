package cn.beijing.platform.medical.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.beijing.platform.policy.Basis;

/**
 * {@code medical.drg-weights-adopted.v1}: the bureau adopted a computed weight set as a new version of the DRG 2.0
 * group table (京医保发〔2024〕24号 二(一)): from {@code effectiveFrom} on, cases (by discharge day) are priced with
 * these weights × the rate. Weights and codes only: no case, no patient, no officer.
 *
 * @param keptGroups computed kept consumables-procurement groups, whose previous standard stays (二(一))
 */
public record DrgWeightsAdopted(UUID adoptionId, UUID computationId, LocalDate effectiveFrom, LocalDate adoptedOn,
                                String quartileMethod, BigDecimal lowerFenceMultiplier,
                                BigDecimal upperFenceMultiplier, int totalCases, int retainedCases,
                                List<Group> groups, List<String> keptGroups, List<Basis> basis) {

    /** One group's weight before and from {@code effectiveFrom}. */
    public record Group(String groupCode, BigDecimal previousWeight, BigDecimal weight) {
    }
}
