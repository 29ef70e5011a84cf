package cn.beijing.platform.subsidy.policy.kindergarten;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.subsidy.policy.kindergarten.DocumentChecklist.SubsidyKind;

/**
 * The amounts a review found, with the decisions they come from: 第五条 on the stored roster, 第六条 with the lease
 * conditions, 第八条 at the kindergarten's fee standard. A decision is absent when its subsidy was not applied for.
 */
public record ApplicationAssessment(PerChildSubsidySettlement.SettlementDecision perChild,
                                    RentSubsidy.RentDecision rent, RentSubsidy.LeaseDecision lease,
                                    PreschoolAid.AidDecision aid, List<Line> lines, BigDecimal amount) {

    public ApplicationAssessment {
        lines = List.copyOf(lines);
    }

    /** One subsidy as it will be published, paid and, for 第五条 and 第六条, recovered. */
    public record Line(SubsidyKind kind, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount, String article,
                       BigDecimal standard, String standardUnit) {
    }

    /** The 第六条 lease conditions are met, or no rent subsidy was applied for. */
    public boolean leaseEligible() {
        return lease == null || lease.eligible();
    }
}
