package cn.beijing.platform.energy.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An owner's annual report: quantities per carrier and the excluded sub-metered loads (raw figures: confidential). */
public record ConsumptionRecord(UUID buildingId, int year, List<Line> lines, List<Excluded> excludedLoads,
                                String reportedBy, OffsetDateTime reportedAt) {

    public ConsumptionRecord {
        lines = List.copyOf(lines);
        excludedLoads = List.copyOf(excludedLoads);
    }

    public record Line(String carrier, BigDecimal quantity) {
    }

    public record Excluded(String category, String carrier, BigDecimal quantity) {
    }
}
