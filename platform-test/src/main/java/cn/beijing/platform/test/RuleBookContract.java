package cn.beijing.platform.test;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import cn.beijing.platform.policy.RuleBook;
import cn.beijing.platform.policy.parameters.ParameterSet;

/**
 * What every service's rule book shows: its auditors' cases ({@code src/test/resources/policy-cases/}) pass in process
 * through the one runner, every decision carries its basis, every shipped parameter file is read by a rule, and every
 * rule has a case file. A service's {@code PolicyCasesTest} extends it, giving its rule book and parameters.
 */
public abstract class RuleBookContract {

    private final RuleBook rules;
    private final ParameterSet parameters;
    private final Set<String> rulesWithoutCases;
    private final Set<Class<?>> notDecisions;

    protected RuleBookContract(RuleBook rules, ParameterSet parameters) {
        this(rules, parameters, Set.of(), Set.of());
    }

    /**
     * @param rulesWithoutCases rules checked by unit tests only (a new rule gets a case file instead)
     * @param notDecisions      records rules return that are views of parameters, not decisions (no basis of their own)
     */
    protected RuleBookContract(RuleBook rules, ParameterSet parameters, Set<String> rulesWithoutCases,
                               Set<Class<?>> notDecisions) {
        this.rules = rules;
        this.parameters = parameters;
        this.rulesWithoutCases = Set.copyOf(rulesWithoutCases);
        this.notDecisions = Set.copyOf(notDecisions);
    }

    @TestFactory
    protected Stream<DynamicNode> policyCases() {
        return PolicyCases.run(rules);
    }

    @Test
    protected void theRuleBookIsComplete() {
        RuleBookChecks.everyDecisionCarriesItsBasis(rules, notDecisions);
        RuleBookChecks.everyShippedParameterFileIsRead(parameters);
        RuleBookChecks.everyRuleHasCases(rules, rulesWithoutCases);
    }
}
