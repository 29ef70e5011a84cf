package cn.beijing.platform.medical.policy.resident;

import java.util.List;

import cn.beijing.platform.policy.Basis;
import cn.beijing.platform.medical.policy.PolicyDecision;

/** The funding standards of one year, rows in the order ELDERLY, STUDENT_CHILD, WORKING_AGE. */
public record ResidentContributionTable(int year, List<ResidentContributionRow> rows, List<Basis> basis)
        implements PolicyDecision {

    public ResidentContributionTable {
        rows = List.copyOf(rows);
        basis = List.copyOf(basis);
    }
}
