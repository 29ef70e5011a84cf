package cn.beijing.platform.subsidy.policy.kindergarten;

import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.Rule;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.DistinctIds;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.Failure;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;

/**
 * 学前教育资助资金 (京技管发〔2024〕30号 第八条): for children who meet the conditions of 京财教育〔2018〕2025号 and
 * 京技社会教〔2023〕35号, as reviewed by the education authority, the aid equals the kindergarten's fee standard
 * for care and education (保育教育费收费标准).
 * <p>[platform rule] the fee standard is monthly and the aid of a child is the standard × the months aided; the
 * conditions themselves are in documents outside the gazette, so the caller states whether each child meets
 * them and whether the authority has approved.
 */
@Rule(id = "kindergarten-preschool-aid", document = Documents.KINDERGARTEN, article = "第八条")
public final class PreschoolAid implements Decides<PreschoolAid.Input, PreschoolAid.AidDecision> {

    private static final String ARTICLE = "第八条";

    /**
     * @param meetsAidConditions           meets the conditions of the preschool aid rules (京财教育〔2018〕2025号)
     * @param approvedByEducationAuthority reviewed and approved by the Yizhuang education authority
     * @param monthsAided                  months the aid covers
     */
    public record AidChild(String id, boolean meetsAidConditions, boolean approvedByEducationAuthority,
                           int monthsAided) {
    }

    public record ChildAid(String id, boolean eligible, BigDecimal amount, List<Failure> failures) {
    }

    public record AidDecision(BigDecimal monthlyFeeStandard, List<ChildAid> children, BigDecimal total,
                              List<Basis> basis) implements Decision {
    }

    /** @param monthlyFeeStandard the kindergarten's monthly fee standard, yuan */
    public record Input(BigDecimal monthlyFeeStandard, List<AidChild> children) {
    }

    /** The same on every day. */
    @Override
    public AidDecision decide(Input input, LocalDate decisionDate) {
        Inputs.required("input", input);
        return evaluate(input.monthlyFeeStandard(), input.children());
    }

    public AidDecision evaluate(BigDecimal monthlyFeeStandard, List<AidChild> children) {
        Inputs.nonNegative("monthlyFeeStandard", monthlyFeeStandard);
        Inputs.required("children", children);
        List<ChildAid> results = new ArrayList<>();
        BigDecimal total = Money.ZERO;
        DistinctIds ids = new DistinctIds();
        for (int i = 0; i < children.size(); i++) {
            String at = "children[" + i + "]";
            AidChild child = Inputs.required(at, children.get(i));
            ids.add(at + ".id", child.id());
            Inputs.nonNegative(at + ".monthsAided", child.monthsAided());
            List<Failure> failures = new ArrayList<>();
            if (!child.meetsAidConditions()) {
                failures.add(new Failure("AID_CONDITIONS_NOT_MET", Documents.KINDERGARTEN, ARTICLE,
                        "the child does not meet the conditions of the preschool aid rules"));
            }
            if (!child.approvedByEducationAuthority()) {
                failures.add(new Failure("NOT_APPROVED_BY_EDUCATION_AUTHORITY", Documents.KINDERGARTEN, ARTICLE,
                        "the education authority has not approved the aid"));
            }
            BigDecimal amount = failures.isEmpty()
                    ? Money.yuan(monthlyFeeStandard.multiply(BigDecimal.valueOf(child.monthsAided())))
                    : Money.ZERO;
            total = total.add(amount);
            results.add(new ChildAid(child.id(), failures.isEmpty(), amount, List.copyOf(failures)));
        }
        return new AidDecision(monthlyFeeStandard, List.copyOf(results), total,
                List.of(Basis.of(Documents.KINDERGARTEN, ARTICLE)));
    }
}
