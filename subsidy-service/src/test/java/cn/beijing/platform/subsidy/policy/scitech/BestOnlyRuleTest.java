package cn.beijing.platform.subsidy.policy.scitech;

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

class BestOnlyRuleTest {

    private static final LocalDate ON = date("2025-06-30");
    private static final ParameterSet P = Shipped.PARAMETERS;
    private final BestOnlyRule rule = new BestOnlyRule();
    private final ScopeDecision inScope = new SciTechCultureScope(P).check(ApplicantStanding.clean(), 5, ON, ON);

    private final CultureSupportDecision uhd = new UhdWorkSupport(P).evaluate(
            new UhdWorkSupport.Input(SupportLevel.NATIONAL, true, yuan("10000000")), ON);            // 200万
    private final CultureSupportDecision demonstration = new DigitalCultureDemonstrationSupport(P).evaluate(
            new DigitalCultureDemonstrationSupport.Input(SupportLevel.NATIONAL, yuan("5000000")), ON); // 100万
    private final CultureSupportDecision studio = new VirtualStudioSupport(P).evaluate(
            new VirtualStudioSupport.Input(yuan("15000000"), true), ON);                           // 150万
    private final CultureSupportDecision notMet = new VirtualStudioSupport(P).evaluate(
            new VirtualStudioSupport.Input(yuan("1"), true), ON);

    @Test
    void onlyTheBestClauseIsGrantedAndTheOthersAreSuperseded() {
        var outcome = rule.apply("P-1", inScope, List.of(demonstration, uhd, studio, notMet));
        assertThat(outcome.granted().measure()).isEqualTo(5);
        assertThat(outcome.granted().amount()).isEqualByComparingTo("2000000");
        assertThat(outcome.superseded()).extracting(s -> s.decision().measure()).containsExactly(9, 14);
        assertThat(outcome.superseded()).allSatisfy(s -> assertThat(s.supersededByMeasure()).isEqualTo(5));
        assertThat(outcome.notQualifying()).containsExactly(notMet);
        assertThat(outcome.basis()).contains(Basis.of("京技管发〔2024〕31号", "三、附则 12"));
    }

    @Test
    void equalAmountsGoToTheLowerMeasure() {
        var trade = new DigitalCultureTradeSupport(P).evaluate(
                new DigitalCultureTradeSupport.Input(yuan("100000000"), true), ON);     // 600万
        var compute = new AiComputeSupport(P).evaluate(new AiComputeSupport.Input(true, true, yuan("20000000")), ON); // 600万
        assertThat(rule.apply("P-2", inScope, List.of(trade, compute)).granted().measure()).isEqualTo(7);
        assertThat(rule.apply("P-2", inScope, List.of(compute, trade)).granted().measure()).isEqualTo(7);
    }

    @Test
    void servicesDoNotCompeteWithMoney() {
        var park = new ParkClustering().decide(new ParkClustering.Claim(true), null);
        var outcome = rule.apply("P-3", inScope, List.of(park, uhd));
        assertThat(outcome.granted()).isEqualTo(uhd);
        assertThat(outcome.services()).containsExactly(park);
        assertThat(outcome.superseded()).isEmpty();
    }

    @Test
    void outOfScopeApplicantGetsNothing() {
        ScopeDecision out = new SciTechCultureScope(P).check(
                new ApplicantStanding(true, false, List.of(), List.of(), false, true), 5, ON, ON);
        var outcome = rule.apply("P-4", out, List.of(uhd, studio));
        assertThat(outcome.granted()).isNull();
        assertThat(outcome.notQualifying()).containsExactly(uhd, studio);
    }
}
