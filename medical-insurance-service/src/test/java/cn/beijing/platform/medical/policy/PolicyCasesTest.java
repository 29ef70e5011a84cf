package cn.beijing.platform.medical.policy;

import java.util.Set;

import cn.beijing.platform.test.RuleBookContract;

/**
 * The auditors' rule cases of {@code src/test/resources/policy-cases/} and the checks of the rule book. The payment
 * standard and the high-cost flag are decided inside the settlement cases (24-drg-*.yaml).
 */
class PolicyCasesTest extends RuleBookContract {

    PolicyCasesTest() {
        super(ShippedParameters.RULES, ShippedParameters.PARAMETERS,
                Set.of("drg-payment-standard", "drg-high-cost-outlier"), Set.of());
    }
}
