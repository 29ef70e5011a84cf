package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * The decision on one article of 京技管发〔2024〕33号. Amounts are computed in 万元 and rounded to two decimals
 * (附则1), HALF_UP; {@code amount} is that figure in yuan.
 *
 * @param articleNumber 8 for 第八条 (orders articles for 就高不重复 ties)
 * @param clause        which branch of the article applied (e.g. {@code PAID_IN_BRACKET_3}, {@code CAPITAL_INCREASE})
 * @param capApplied    the uncapped amount was above the cap ("最高不超过" is inclusive: equal is not capped)
 */
public record FinanceSupportDecision(int articleNumber, String article, String clause, boolean eligible,
                                     BigDecimal amount, BigDecimal amountTenThousandYuan, boolean capApplied,
                                     List<Failure> failures, List<Basis> basis) implements Decision, FinanceSupportClaim {

    public FinanceSupportDecision {
        failures = List.copyOf(failures);
        basis = List.copyOf(basis);
    }

    /** A claim under one article decides one support. */
    @Override
    public List<FinanceSupportDecision> supportDecisions() {
        return List.of(this);
    }

    /** 第八条 for 8, as printed. */
    public static String article(int number) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        String text = number < 10 ? digits[number]
                : number == 10 ? "十"
                : number < 20 ? "十" + digits[number - 10]
                : digits[number / 10] + "十" + digits[number % 10];
        return "第" + text + "条";
    }

    public static Failure failure(int articleNumber, String code, String message) {
        return new Failure(code, Documents.INDUSTRIAL_FINANCE, article(articleNumber), message);
    }

    /**
     * A granted amount: {@code raw} 万元, at most {@code cap} 万元 ({@code null}: no cap), rounded to 万元 with two
     * decimals.
     */
    public static FinanceSupportDecision granted(int articleNumber, String clause, BigDecimal rawTenThousandYuan,
                                                 BigDecimal capTenThousandYuan, List<Basis> basis) {
        boolean capApplied = capTenThousandYuan != null && rawTenThousandYuan.compareTo(capTenThousandYuan) > 0;
        BigDecimal tenThousand = (capApplied ? capTenThousandYuan : rawTenThousandYuan)
                .setScale(Money.SCALE, Money.ROUNDING);
        return new FinanceSupportDecision(articleNumber, article(articleNumber), clause, true,
                Money.yuan(Money.toYuanExact(tenThousand)), tenThousand, capApplied, List.of(), basis);
    }

    /**
     * Under {@code clause}: granted when every condition is met ({@code rawTenThousandYuan} is computed only then, at
     * most {@code capTenThousandYuan}), refused with the unmet conditions otherwise.
     */
    public static FinanceSupportDecision of(int articleNumber, String clause, Conditions conditions,
                                            Supplier<BigDecimal> rawTenThousandYuan, BigDecimal capTenThousandYuan,
                                            List<Basis> basis) {
        return conditions.met()
                ? granted(articleNumber, clause, rawTenThousandYuan.get(), capTenThousandYuan, basis)
                : refused(articleNumber, clause, conditions.failures(), basis);
    }

    public static FinanceSupportDecision refused(int articleNumber, String clause, List<Failure> failures,
                                                 List<Basis> basis) {
        return new FinanceSupportDecision(articleNumber, article(articleNumber), clause, false, Money.ZERO,
                Money.ZERO, false, failures, basis);
    }

    /** The same decision with another amount (an institution-wide cap cut it down). */
    FinanceSupportDecision limitedTo(BigDecimal tenThousandYuan) {
        BigDecimal rounded = tenThousandYuan.setScale(Money.SCALE, Money.ROUNDING);
        return new FinanceSupportDecision(articleNumber, article, clause, eligible,
                Money.yuan(Money.toYuanExact(rounded)), rounded, true, failures, basis);
    }
}
