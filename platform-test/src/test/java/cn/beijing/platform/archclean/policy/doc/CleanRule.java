package cn.beijing.platform.archclean.policy.doc;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.beijing.platform.archclean.policy.Documents;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;

/** A rule as the template wants it: in its document's package, plain Java, the date given. */
@Rule(id = "clean", document = Documents.DOC, article = "第一条")
public class CleanRule implements Decides<BigDecimal, CleanRule.Decision> {

    public record Decision(BigDecimal amount, LocalDate on) {
    }

    @Override
    public Decision decide(BigDecimal input, LocalDate decisionDate) {
        return new Decision(input.multiply(new BigDecimal("0.1")), decisionDate);
    }
}
