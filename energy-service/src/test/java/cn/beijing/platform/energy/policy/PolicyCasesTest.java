package cn.beijing.platform.energy.policy;

import cn.beijing.platform.test.RuleBookContract;

/** The auditors' rule cases of {@code src/test/resources/policy-cases/} and the checks of the rule book. */
class PolicyCasesTest extends RuleBookContract {

    PolicyCasesTest() {
        super(ShippedPolicies.POLICIES, ShippedPolicies.PARAMETERS);
    }
}
