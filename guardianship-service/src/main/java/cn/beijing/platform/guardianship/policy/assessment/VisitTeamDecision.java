package cn.beijing.platform.guardianship.policy.assessment;

import cn.beijing.platform.policy.Basis;
import java.util.List;

/**
 * {@code POST /api/guardianship/visit-checks} output.
 *
 * @param compliant              no violation
 * @param violations             distinct violation codes, in rule order
 * @param breaches               each violation with the field it concerns and its own basis
 * @param minorInterviewRequired the minor is 满八周岁: assessors must talk with them and hear their views (第十一条);
 *                               under that age they may, if the minor can express themselves
 * @param basis                  every rule checked, with the parameter versions used
 */
public record VisitTeamDecision(
        boolean compliant,
        List<VisitTeamViolation> violations,
        List<RuleBreach<VisitTeamViolation>> breaches,
        boolean minorInterviewRequired,
        List<Basis> basis) implements PolicyDecision {

    public VisitTeamDecision {
        violations = List.copyOf(violations);
        breaches = List.copyOf(breaches);
        basis = List.copyOf(basis);
    }

    /** The basis of one violation (empty when it did not occur). */
    public List<Basis> basisOf(VisitTeamViolation violation) {
        return breaches.stream().filter(b -> b.code() == violation).findFirst().map(RuleBreach::basis).orElse(List.of());
    }
}
