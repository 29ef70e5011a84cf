package cn.beijing.platform.medical.policy;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.beijing.platform.test.PolicyCases;
import cn.beijing.platform.test.RuleBookChecks;

/** The auditors' rule cases of {@code src/test/resources/policy-cases/} and the checks of the rule book. */
class PolicyCasesTest {

    @TestFactory
    Stream<DynamicNode> policyCases() {
        return PolicyCases.run(ShippedParameters.RULES);
    }

    /** The payment standard and the high-cost flag are decided inside the settlement cases (24-drg-*.yaml). */
    @Test
    void theRuleBookIsComplete() {
        RuleBookChecks.everyDecisionCarriesItsBasis(ShippedParameters.RULES);
        RuleBookChecks.everyShippedParameterFileIsRead(ShippedParameters.PARAMETERS);
        RuleBookChecks.everyRuleHasCases(ShippedParameters.RULES,
                Set.of("drg-payment-standard", "drg-high-cost-outlier"));
    }
}
