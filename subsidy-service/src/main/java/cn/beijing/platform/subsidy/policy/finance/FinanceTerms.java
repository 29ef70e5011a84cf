package cn.beijing.platform.subsidy.policy.finance;

import cn.beijing.platform.policy.EffectiveDated;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Money;

/** Small pieces the 33号 articles share: unit conversion of inputs and the basis of an article. */
final class FinanceTerms {

    private FinanceTerms() {
    }

    /** Yuan input → 万元, exact. */
    static BigDecimal tenThousand(BigDecimal yuan) {
        return Money.toTenThousandYuanExact(yuan);
    }

    static List<Basis> basis(int articleNumber, LocalDate decisionDate, EffectiveDated<?> terms) {
        return List.of(Citation.of(Documents.INDUSTRIAL_FINANCE, FinanceSupportDecision.article(articleNumber),
                decisionDate, terms));
    }
}
