package cn.beijing.platform.medical.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in yuan: BigDecimal, scale 2, HALF_UP — applied only at the step each rule documents. */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /** Equal amounts, whatever their scale (12.5 = 12.50); two nulls are equal. */
    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
