package cn.beijing.platform.guardianship.store;

import java.util.Set;
import java.util.UUID;

/** Who may see an assessment: its agency's supervisors and the assessors of its current team. */
public record AccessInfo(UUID assessmentId, String agencyId, Set<String> assignees) {
}
