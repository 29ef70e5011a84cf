package cn.beijing.platform.guardianship.policy.assessment;

import java.util.List;

/** {@code POST /api/guardianship/visit-checks} input: the minor and the assessors of one on-site visit. */
public record VisitTeam(Sex minorSex, Integer minorAgeYears, List<Assessor> assessors) {
}
