package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.util.Objects;

import cn.beijing.platform.subsidy.policy.Money;

/**
 * One part of a measure's award (a measure may combine parts, e.g. 措施17 fixed assets and rent).
 *
 * @param capApplied the uncapped amount was above the cap ("最高" is inclusive: an amount equal to the cap is not capped)
 */
public record AwardPart(String clause, SupportKind kind, BigDecimal amount, boolean capApplied) {

    public AwardPart {
        Objects.requireNonNull(clause);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(amount);
    }

    /** {@code base × percent / 100}, at most {@code capTenThousandYuan} 万元, rounded to 0.01 yuan. */
    public static AwardPart percentCapped(String clause, BigDecimal base, BigDecimal percent,
                                          BigDecimal capTenThousandYuan) {
        return capped(clause, Money.percentOf(base, percent), capTenThousandYuan);
    }

    /** {@code raw} yuan, at most {@code capTenThousandYuan} 万元, rounded to 0.01 yuan. */
    public static AwardPart capped(String clause, BigDecimal raw, BigDecimal capTenThousandYuan) {
        BigDecimal cap = Money.toYuanExact(capTenThousandYuan);
        boolean capApplied = raw.compareTo(cap) > 0;
        return new AwardPart(clause, SupportKind.CASH, Money.yuan(capApplied ? cap : raw), capApplied);
    }

    /** A fixed amount in 万元. */
    public static AwardPart fixed(String clause, BigDecimal tenThousandYuan) {
        return new AwardPart(clause, SupportKind.CASH, Money.yuan(Money.toYuanExact(tenThousandYuan)), false);
    }

    public static AwardPart service(String clause) {
        return new AwardPart(clause, SupportKind.SERVICE, Money.ZERO, false);
    }

    public static AwardPart amountNotPrinted(String clause) {
        return new AwardPart(clause, SupportKind.AMOUNT_NOT_PRINTED, Money.ZERO, false);
    }
}
