package cn.beijing.platform.medical.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in yuan: BigDecimal, scale 2, HALF_UP — applied only at the step each rule documents. */
final class Money {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    private Money() {
    }

    static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
