package cn.beijing.platform.subsidy.policy;

import java.util.List;

import cn.beijing.platform.policy.Basis;

/** Whether an applicant and an event fall within a document's scope (附则), with every failed condition named. */
public record ScopeDecision(boolean inScope, List<Failure> failures, List<Basis> basis) implements Decision {

    public ScopeDecision {
        failures = List.copyOf(failures);
        basis = List.copyOf(basis);
    }
}
