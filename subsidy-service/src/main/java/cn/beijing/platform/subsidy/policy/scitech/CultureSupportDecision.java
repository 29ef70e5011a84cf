package cn.beijing.platform.subsidy.policy.scitech;

import java.math.BigDecimal;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * The decision on one measure of 京技管发〔2024〕31号 for one project: the cash amount in yuan (0.01) and in 万元
 * (two decimals, HALF_UP), its parts, or the failed conditions.
 */
public record CultureSupportDecision(int measure, boolean eligible, BigDecimal amount,
                                     BigDecimal amountTenThousandYuan, List<AwardPart> parts, List<Failure> failures,
                                     List<Basis> basis) implements Decision {

    public CultureSupportDecision {
        parts = List.copyOf(parts);
        failures = List.copyOf(failures);
        basis = List.copyOf(basis);
    }

    /** The article of a measure as printed: {@code 二、支持政策 7}. */
    public static String article(int measure) {
        return "二、支持政策 " + measure;
    }

    public static Failure failure(int measure, String code, String message) {
        return new Failure(code, Documents.SCI_TECH_CULTURE, article(measure), message);
    }

    /** Granted when no condition failed; the cash amount is the sum of the CASH parts. */
    public static CultureSupportDecision of(int measure, List<AwardPart> parts, List<Failure> failures,
                                            List<Basis> basis) {
        if (!failures.isEmpty() || parts.isEmpty()) {
            return new CultureSupportDecision(measure, false, Money.ZERO, Money.ZERO, List.of(), failures, basis);
        }
        BigDecimal amount = Money.ZERO;
        for (AwardPart part : parts) {
            if (part.kind() == SupportKind.CASH) {
                amount = amount.add(part.amount());
            }
        }
        return new CultureSupportDecision(measure, true, amount, Money.tenThousandYuan(amount), parts, List.of(),
                basis);
    }

    public boolean cash() {
        return eligible && parts.stream().anyMatch(p -> p.kind() == SupportKind.CASH);
    }
}
