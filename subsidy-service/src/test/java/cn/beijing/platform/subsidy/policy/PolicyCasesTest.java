package cn.beijing.platform.subsidy.policy;

import java.util.Set;

import cn.beijing.platform.subsidy.policy.kindergarten.PerChildSubsidySettlement;
import cn.beijing.platform.test.RuleBookContract;

/** The auditors' rule cases of {@code src/test/resources/policy-cases/} and the checks of the rule book. */
class PolicyCasesTest extends RuleBookContract {

    /**
     * Rules the auditors have not written cases for yet; their unit tests ({@code IndustrialFinanceArticlesTest},
     * {@code SciTechCultureMeasuresTest}, {@code KindergartenEligibilityTest}…) check them. A new rule gets a case file.
     */
    private static final Set<String> CHECKED_BY_UNIT_TESTS_ONLY = Set.of(
            "industrial-finance-scope", "industrial-finance-article-03", "industrial-finance-article-04",
            "industrial-finance-article-09", "industrial-finance-article-10", "industrial-finance-article-11",
            "industrial-finance-article-12", "industrial-finance-article-13", "industrial-finance-article-15",
            "industrial-finance-article-16",
            "sci-tech-culture-scope", "sci-tech-culture-esports-event", "sci-tech-culture-measure-01",
            "sci-tech-culture-measure-02", "sci-tech-culture-measure-03", "sci-tech-culture-measure-04",
            "sci-tech-culture-measure-05", "sci-tech-culture-measure-07", "sci-tech-culture-measure-09",
            "sci-tech-culture-measure-10", "sci-tech-culture-measure-11", "sci-tech-culture-measure-12",
            "sci-tech-culture-measure-13", "sci-tech-culture-measure-14", "sci-tech-culture-measure-15",
            "sci-tech-culture-measure-16", "sci-tech-culture-measure-17", "sci-tech-culture-measure-18",
            "kindergarten-documents", "kindergarten-eligibility", "kindergarten-improper-fees",
            "kindergarten-preschool-aid");

    /** The counting rule in force for a year is a parameter view, read by the workflow before it records a settlement. */
    PolicyCasesTest() {
        super(Shipped.RULES, Shipped.PARAMETERS, CHECKED_BY_UNIT_TESTS_ONLY,
                Set.of(PerChildSubsidySettlement.CountingRule.class));
    }
}
