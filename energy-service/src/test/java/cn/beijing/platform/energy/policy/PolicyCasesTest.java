package cn.beijing.platform.energy.policy;

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
        return PolicyCases.run(ShippedPolicies.POLICIES);
    }

    @Test
    void theRuleBookIsComplete() {
        RuleBookChecks.everyDecisionCarriesItsBasis(ShippedPolicies.POLICIES);
        RuleBookChecks.everyShippedParameterFileIsRead(ShippedPolicies.PARAMETERS);
        RuleBookChecks.everyRuleHasCases(ShippedPolicies.POLICIES, Set.of());
    }
}
