package cn.beijing.platform.subsidy.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money conventions: yuan as {@code BigDecimal} with scale 2, {@link RoundingMode#HALF_UP}. Conversions
 * between yuan and 万元 (ten thousand yuan) are unit definitions, not policy quantities.
 */
public final class Money {

    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** Rounds a yuan amount to 0.01 yuan, HALF_UP. */
    public static BigDecimal yuan(BigDecimal amount) {
        return amount.setScale(SCALE, ROUNDING);
    }

    /** An exact conversion of yuan to 万元 (no rounding). */
    public static BigDecimal toTenThousandYuanExact(BigDecimal yuan) {
        return yuan.movePointLeft(4);
    }

    /** An exact conversion of 万元 to yuan (no rounding). */
    public static BigDecimal toYuanExact(BigDecimal tenThousandYuan) {
        return tenThousandYuan.movePointRight(4);
    }

    /** 万元 with two decimals, HALF_UP (京技管发〔2024〕33号 附则1; display for other documents). */
    public static BigDecimal tenThousandYuan(BigDecimal yuan) {
        return toTenThousandYuanExact(yuan).setScale(SCALE, ROUNDING);
    }

    /** {@code amount × percent / 100}, unrounded. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
