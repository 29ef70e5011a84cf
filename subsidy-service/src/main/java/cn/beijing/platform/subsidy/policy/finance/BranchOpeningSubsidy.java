package cn.beijing.platform.subsidy.policy.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.policy.Inputs;
import cn.beijing.platform.policy.Rule;
import cn.beijing.platform.policy.parameters.ParameterSet;
import cn.beijing.platform.subsidy.policy.Conditions;
import cn.beijing.platform.subsidy.policy.Documents;
import cn.beijing.platform.subsidy.policy.RuleTerms;

/**
 * 第九条 金融分支机构提档升级: a newly established bank first-level branch, or securities or insurance company
 * first-level branch → one-time 400万 opening support; a newly upgraded bank second-level branch → 200万.
 */
@Rule(id = "industrial-finance-article-09", document = Documents.INDUSTRIAL_FINANCE, article = "第九条",
        parameters = "industrial-finance-article-09-branches")
public final class BranchOpeningSubsidy implements IndustrialFinanceArticle<BranchOpeningSubsidy.Claim, FinanceSupportDecision> {

    static final int ARTICLE = 9;

    /** Amounts in 万元. */
    public record Terms(BigDecimal firstLevelBranch, BigDecimal upgradedSecondLevelBankBranch) {
    }

    public enum BranchKind {
        BANK_FIRST_LEVEL_BRANCH,
        SECURITIES_FIRST_LEVEL_BRANCH,
        INSURANCE_FIRST_LEVEL_BRANCH,
        /** 新升格的银行二级分行. */
        BANK_SECOND_LEVEL_BRANCH_UPGRADED,
        OTHER
    }

    /** A claim under 第九条. */
    public record Claim(BranchKind kind, boolean newlyEstablished) {
    }

    private final RuleTerms<Terms> terms;

    public BranchOpeningSubsidy(ParameterSet parameters) {
        this.terms = RuleTerms.of(this, parameters, Terms.class);
    }

    @Override
    public FinanceSupportDecision decide(Claim in, LocalDate decisionDate) {
        return evaluate(in.kind(), in.newlyEstablished(), decisionDate);
    }

    /** @param newlyEstablished newly set up (or, for a second-level bank branch, newly upgraded) */
    public FinanceSupportDecision evaluate(BranchKind kind, boolean newlyEstablished, LocalDate decisionDate) {
        Inputs.required("kind", kind);
        Terms t = terms.on(decisionDate);
        Conditions conditions = terms.conditions().require(newlyEstablished && kind != BranchKind.OTHER,
                "NOT_NEW_QUALIFYING_BRANCH",
                "not a newly established first-level branch or newly upgraded second-level bank branch");
        return FinanceSupportDecision.of(ARTICLE, kind.name(), conditions,
                () -> kind == BranchKind.BANK_SECOND_LEVEL_BRANCH_UPGRADED
                        ? t.upgradedSecondLevelBankBranch() : t.firstLevelBranch(),
                null, List.of(terms.basis(decisionDate)));
    }
}
