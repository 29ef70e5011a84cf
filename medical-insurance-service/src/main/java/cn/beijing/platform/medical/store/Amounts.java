package cn.beijing.platform.medical.store;

import java.math.BigDecimal;

/** Reading and comparing stored amounts. */
public final class Amounts {

    private Amounts() {
    }

    /** A stored amount without its padding zeros, at least 2 decimals (12.5000 → 12.50, 3.1415 stays). */
    public static BigDecimal display(BigDecimal stored) {
        if (stored == null) {
            return null;
        }
        BigDecimal stripped = stored.stripTrailingZeros();
        return stripped.scale() < 2 ? stored.setScale(2) : stripped;
    }

    public static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
