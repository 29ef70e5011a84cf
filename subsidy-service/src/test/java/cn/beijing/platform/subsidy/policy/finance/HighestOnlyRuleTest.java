package cn.beijing.platform.subsidy.policy.finance;

import static cn.beijing.platform.subsidy.policy.Shipped.date;
import static cn.beijing.platform.subsidy.policy.Shipped.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.policy.parameters.ParameterSet;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.subsidy.policy.ApplicantStanding;
import cn.beijing.platform.subsidy.policy.ScopeDecision;
import cn.beijing.platform.subsidy.policy.Shipped;

class HighestOnlyRuleTest {

    private static final LocalDate ON = date("2025-06-30");
    private static final ParameterSet P = Shipped.PARAMETERS;
    private final HighestOnlyRule rule = new HighestOnlyRule();
    private final ScopeDecision inScope = new IndustrialFinanceScope(P).check(ApplicantStanding.clean(),
            date("2025-03-01"), ON);

    // one financial leasing institution qualifying under 第三条, 第十三条 and 第十四条 in the same year
    private final FinanceSupportDecision supplyChain = new SupplyChainFinanceReward(P).evaluate(
            new SupplyChainFinanceReward.Input(SupplyChainFinanceReward.CompanyType.FINANCIAL_LEASING, yuan("300000000"),
                    yuan("2000000000")), ON);                                                            // 200万
    private final FinanceSupportDecision scale = new InstitutionScaleReward(P).evaluate(
            new InstitutionScaleReward.Input(InstitutionScaleReward.Sector.BANKING, true, yuan("600000000"),
                    yuan("400000000"), yuan("600000000")), ON);                                          // 300万
    private final FinanceSupportDecision growth = new BusinessGrowthReward(P).evaluate(
            new BusinessGrowthReward.Input("6640", yuan("600000000"), yuan("400000000"), false), ON);    // 200万 (cap)

    @Test
    void institutionUnderArticlesThreeThirteenAndFourteenGetsOnlyTheHighest() {
        assertThat(supplyChain.amountTenThousandYuan()).isEqualByComparingTo("200.00");
        assertThat(scale.amountTenThousandYuan()).isEqualByComparingTo("300.00");
        assertThat(growth.amountTenThousandYuan()).isEqualByComparingTo("200.00");
        var outcome = rule.apply(inScope, List.of(supplyChain, scale, growth));
        assertThat(outcome.granted()).containsExactly(scale);
        assertThat(outcome.superseded()).extracting(s -> s.decision().articleNumber()).containsExactly(3, 14);
        assertThat(outcome.superseded()).allSatisfy(s -> {
            assertThat(s.by()).isEqualTo(scale);
            assertThat(s.article()).isEqualTo("第十四条");
        });
        assertThat(outcome.amount()).isEqualByComparingTo("3000000.00");
        assertThat(outcome.amountTenThousandYuan()).isEqualByComparingTo("300.00");
        assertThat(outcome.basis()).contains(Basis.of("京技管发〔2024〕33号", "第十四条"));
    }

    @Test
    void equalAmountsInAGroupGoToTheLowerArticle() {
        var outcome = rule.apply(inScope, List.of(growth, supplyChain));
        assertThat(outcome.granted()).containsExactly(supplyChain);
    }

    @Test
    void fundManagerAndQflpAreHighestOnly() {
        var manager = new PrivateFundManagerReward(P).establishment(new PrivateFundManagerReward.Input(
                yuan("100000000"), null, yuan("100000000"), true), ON);                                  // 400万
        var qflp = new QflpReward(P).newQualification(true, ON);                                         // 100万
        var outcome = rule.apply(inScope, List.of(qflp, manager));
        assertThat(outcome.granted()).containsExactly(manager);
        assertThat(outcome.superseded()).singleElement().satisfies(s -> assertThat(s.article()).isEqualTo("第十二条"));
    }

    @Test
    void articlesOutsideAGroupAreGrantedSideBySide() {
        var licence = new LicensedInstitutionSubsidy(P).evaluate(yuan("1000000000"), ON);               // 2300万
        var outcome = rule.apply(inScope, List.of(licence, scale));
        assertThat(outcome.granted()).containsExactly(licence, scale);
        assertThat(outcome.amountTenThousandYuan()).isEqualByComparingTo("2600.00");
    }

    @Test
    void sameProjectUnderOtherPoliciesKeepsOnlyTheHighest() {
        var licence = new LicensedInstitutionSubsidy(P).evaluate(yuan("1000000000"), ON);
        var outcome = rule.sameProject(inScope, List.of(scale, licence));
        assertThat(outcome.granted()).containsExactly(licence);
        assertThat(outcome.superseded()).singleElement().satisfies(s -> assertThat(s.article()).isEqualTo("三、附则 4"));
    }

    @Test
    void ineligibleDecisionsAndOutOfScopeApplicantsGetNothing() {
        var refused = new LicensedInstitutionSubsidy(P).evaluate(yuan("1"), ON);
        assertThat(rule.apply(inScope, List.of(refused)).granted()).isEmpty();
        ScopeDecision out = new IndustrialFinanceScope(P).check(new ApplicantStanding(true, true, List.of(), List.of(),
                true, true), date("2025-03-01"), ON);
        var outcome = rule.apply(out, List.of(scale));
        assertThat(outcome.granted()).isEmpty();
        assertThat(outcome.notQualifying()).containsExactly(scale);
        assertThat(outcome.amount()).isEqualByComparingTo("0");
    }
}
