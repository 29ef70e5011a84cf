package cn.beijing.platform.subsidy.policy.scitech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.ScopeDecision;

/**
 * 从优不重复 (京技管发〔2024〕31号 三、附则 12): one project of one enterprise that qualifies under several measures
 * gets the best one only; the others are recorded as superseded. Service-only measures (措施13, 措施15) give no
 * money and do not compete.
 * <p>[platform rule] equal amounts: the lower measure number wins, so the outcome does not depend on input order.
 */
public final class BestOnlyRule {

    public static final String ARTICLE = "三、附则 12";

    public record Superseded(CultureSupportDecision decision, int supersededByMeasure) {
    }

    /**
     * @param granted       the best cash decision, or {@code null}
     * @param services      eligible decisions that give services only
     * @param notQualifying decisions not met, or all of them when the scope (附则) is not met
     */
    public record BestOnlyOutcome(String projectId, CultureSupportDecision granted, List<Superseded> superseded,
                                  List<CultureSupportDecision> services, List<CultureSupportDecision> notQualifying,
                                  ScopeDecision scope, List<Basis> basis) implements Decision {
    }

    public BestOnlyOutcome apply(String projectId, ScopeDecision scope, List<CultureSupportDecision> candidates) {
        Inputs.required("scope", scope);
        Inputs.required("candidates", candidates);
        List<CultureSupportDecision> cash = new ArrayList<>();
        List<CultureSupportDecision> services = new ArrayList<>();
        List<CultureSupportDecision> notQualifying = new ArrayList<>();
        for (CultureSupportDecision candidate : candidates) {
            if (!scope.inScope() || !candidate.eligible()) {
                notQualifying.add(candidate);
            } else if (candidate.cash()) {
                cash.add(candidate);
            } else {
                services.add(candidate);
            }
        }
        cash.sort(Comparator.comparing(CultureSupportDecision::amount).reversed()
                .thenComparingInt(CultureSupportDecision::measure));
        CultureSupportDecision granted = cash.isEmpty() ? null : cash.get(0);
        List<Superseded> superseded = new ArrayList<>();
        for (int i = 1; i < cash.size(); i++) {
            superseded.add(new Superseded(cash.get(i), granted.measure()));
        }
        List<Basis> basis = new ArrayList<>(scope.basis());
        basis.add(Basis.of(Documents.SCI_TECH_CULTURE, ARTICLE));
        if (granted != null) {
            basis = new ArrayList<>(Citation.merge(basis, granted.basis()));
        }
        return new BestOnlyOutcome(projectId, granted, List.copyOf(superseded), List.copyOf(services),
                List.copyOf(notQualifying), scope, List.copyOf(basis));
    }
}
