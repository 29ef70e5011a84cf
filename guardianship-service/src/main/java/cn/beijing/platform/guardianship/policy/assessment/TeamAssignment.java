package cn.beijing.platform.guardianship.policy.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Who assesses: the agency's own team ({@code members}, 第六条) or an entrusted third party ({@code entrustment},
 * 第七条). Exactly one of the two is given, as the mode says.
 */
public record TeamAssignment(LocalDate date, ConductingMode mode, List<TeamMember> members, Entrustment entrustment) {
}
