package cn.beijing.platform.medical.store;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A batch of cases settled by one request. */
public record CaseBatch(UUID id, String hospitalCode, int caseCount, BigDecimal totalCost, BigDecimal totalPayment,
                        String settledBy, OffsetDateTime settledAt) {
}
