package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/** What the 33号 articles share: amounts read in yuan and computed in 万元, and the 增资 clause of 第八条 and 第十条. */
final class FinanceTerms {

    /** The terms of a capital increase (增资): at least {@code increaseMin}, {@code increaseRatePercent} of it, capped. */
    interface IncreaseTerms {

        /** 万元. */
        BigDecimal increaseMin();

        BigDecimal increaseRatePercent();

        /** 万元, each increase. */
        BigDecimal increaseCap();
    }

    private FinanceTerms() {
    }

    /** Yuan input → 万元, exact. */
    static BigDecimal tenThousand(BigDecimal yuan) {
        return Money.toTenThousandYuanExact(yuan);
    }

    /** A required, non-negative amount in yuan, in 万元. */
    static BigDecimal tenThousand(String field, BigDecimal yuan) {
        return tenThousand(Inputs.nonNegative(field, yuan));
    }

    /** An optional, non-negative amount in yuan ({@code null}: none), in 万元. */
    static BigDecimal optionalTenThousand(String field, BigDecimal yuan) {
        return tenThousand(Inputs.optionalNonNegative(field, yuan));
    }

    /** 增资: one capital increase of {@code increase} yuan under the article whose terms are {@code terms}. */
    static FinanceSupportDecision capitalIncrease(int articleNumber, RuleTerms<? extends IncreaseTerms> terms,
                                                  BigDecimal increase, LocalDate decisionDate) {
        BigDecimal amount = tenThousand("increase", increase);
        IncreaseTerms t = terms.on(decisionDate);
        Conditions conditions = terms.conditions().require(amount.compareTo(t.increaseMin()) >= 0,
                "INCREASE_BELOW_MINIMUM", "capital increase below " + t.increaseMin() + "万元");
        return FinanceSupportDecision.of(articleNumber, "CAPITAL_INCREASE", conditions,
                () -> Money.percentOf(amount, t.increaseRatePercent()), t.increaseCap(),
                List.of(terms.basis(decisionDate)));
    }
}
