package cn.beijing.platform.guardianship.policy.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An attempt to charge the assessed party (always refused, 第十六条). Amount in yuan. */
public record FeeCharge(LocalDate date, BigDecimal amount) {
}
