package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.Citation;
import cn.beijing.platform.subsidy.policy.Decision;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.subsidy.policy.Money;
import cn.beijing.platform.subsidy.policy.ScopeDecision;

/**
 * 就高不重复 in 京技管发〔2024〕33号: among the eligible decisions of one institution or project, only the highest
 * of each group is granted, the others are recorded as superseded.
 * <ul>
 * <li>第十二条: "本条内容与第十一条按就高不重复原则执行" — group {第十一条, 第十二条};</li>
 * <li>第十四条: "本条内容与第三条、第十三条按就高不重复原则执行" — group {第三条, 第十三条, 第十四条};</li>
 * <li>三、附则 4: the same project of the same enterprise also qualifying under other Yizhuang policies — every
 * candidate competes ({@link #sameProject}).</li>
 * </ul>
 * (第四条's own 就高不重复 is applied inside {@link SmallBusinessLoanInterestSubsidy}.)
 * <p>[platform rule] equal amounts: the lower article wins, so the outcome does not depend on input order.
 */
public final class HighestOnlyRule {

    /** An exclusive group and the article that creates it. */
    public record Group(Set<Integer> articles, String article) {
    }

    public static final List<Group> GROUPS = List.of(
            new Group(Set.of(11, 12), "第十二条"),
            new Group(Set.of(3, 13, 14), "第十四条"));

    public record Superseded(FinanceSupportDecision decision, FinanceSupportDecision by, String article) {
    }

    public record HighestOnlyOutcome(List<FinanceSupportDecision> granted, List<Superseded> superseded,
                                     List<FinanceSupportDecision> notQualifying, BigDecimal amount,
                                     BigDecimal amountTenThousandYuan, ScopeDecision scope, List<Basis> basis)
            implements Decision {
    }

    /** The groups of 第十二条 and 第十四条; candidates outside a group are granted side by side. */
    public HighestOnlyOutcome apply(ScopeDecision scope, List<FinanceSupportDecision> candidates) {
        return select(scope, candidates, false);
    }

    /** 三、附则 4: all candidates are the same project — only the single highest is granted. */
    public HighestOnlyOutcome sameProject(ScopeDecision scope, List<FinanceSupportDecision> candidates) {
        return select(scope, candidates, true);
    }

    private HighestOnlyOutcome select(ScopeDecision scope, List<FinanceSupportDecision> candidates, boolean oneProject) {
        Inputs.required("scope", scope);
        Inputs.required("candidates", candidates);
        List<FinanceSupportDecision> eligible = new ArrayList<>();
        List<FinanceSupportDecision> notQualifying = new ArrayList<>();
        for (FinanceSupportDecision candidate : candidates) {
            if (scope.inScope() && candidate.eligible()) {
                eligible.add(candidate);
            } else {
                notQualifying.add(candidate);
            }
        }
        eligible.sort(Comparator.comparing(FinanceSupportDecision::amountTenThousandYuan).reversed()
                .thenComparingInt(FinanceSupportDecision::articleNumber));
        List<FinanceSupportDecision> granted = new ArrayList<>();
        List<Superseded> superseded = new ArrayList<>();
        List<Basis> basis = new ArrayList<>(scope.basis());
        for (FinanceSupportDecision candidate : eligible) {
            FinanceSupportDecision winner = null;
            String article = null;
            for (FinanceSupportDecision kept : granted) {
                if (oneProject) {
                    winner = kept;
                    article = "三、附则 4";
                    break;
                }
                String group = sharedGroup(kept.articleNumber(), candidate.articleNumber());
                if (group != null) {
                    winner = kept;
                    article = group;
                    break;
                }
            }
            if (winner == null) {
                granted.add(candidate);
                basis = new ArrayList<>(Citation.merge(basis, candidate.basis()));
            } else {
                superseded.add(new Superseded(candidate, winner, article));
                basis = new ArrayList<>(Citation.merge(basis, List.of(Basis.of(Documents.INDUSTRIAL_FINANCE, article))));
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (FinanceSupportDecision d : granted) {
            total = total.add(d.amountTenThousandYuan());
        }
        BigDecimal totalTenThousand = total.setScale(Money.SCALE, Money.ROUNDING);
        return new HighestOnlyOutcome(List.copyOf(granted), List.copyOf(superseded), List.copyOf(notQualifying),
                Money.yuan(Money.toYuanExact(totalTenThousand)), totalTenThousand, scope, List.copyOf(basis));
    }

    /** The article creating a group holding both, or {@code null}; the same article twice is not a group. */
    private static String sharedGroup(int a, int b) {
        if (a == b) {
            return null;
        }
        for (Group group : GROUPS) {
            if (group.articles().contains(a) && group.articles().contains(b)) {
                return group.article();
            }
        }
        return null;
    }
}
