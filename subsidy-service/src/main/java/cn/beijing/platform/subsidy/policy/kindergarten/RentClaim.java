package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 第六条 facts of a rent application: the appraised rent, the leased kindergarten area, the children the area cap is
 * computed for, the per-child area of 建标[2016]246号 for the kindergarten's size (not in the gazette), the subsidised
 * period, and the lease.
 */
public record RentClaim(BigDecimal actualRentPerSquareMetrePerDay, BigDecimal leasedArea, int children,
                        BigDecimal perChildAreaCap, LocalDate periodStart, LocalDate periodEnd,
                        boolean signedWithOwner, boolean newKindergarten, LocalDate leaseStart, LocalDate leaseEnd,
                        boolean thirdPartyAppraisalReport) {
}
